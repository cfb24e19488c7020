import { defineOperation } from '../../http/operation.js'
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js'
import { Policy, PolicyIdParams } from '../../schemas/information-barriers/schemas.js'

export default defineOperation({
  id: 'InformationBarriersGet',
  method: 'GET',
  path: '/information_barriers/policies/{policyId}',
  params: PolicyIdParams,
  success: { status: 200, schema: Policy },
  handle: ({ params, actor, svc }) => svc.use(InformationBarrierService).get(actor.accountId, params.policyId),
})
