import { defineOperation } from '../../http/operation.js'
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js'
import { PolicyIdParams } from '../../schemas/information-barriers/schemas.js'

export default defineOperation({
  id: 'InformationBarriersDelete',
  method: 'DELETE',
  path: '/information_barriers/policies/{policyId}',
  params: PolicyIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(InformationBarrierService).delete(actor.accountId, params.policyId)
  },
})
