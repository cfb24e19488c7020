import { defineOperation } from '../../http/operation.js'
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js'
import { PolicyIdParams, UpdatePolicyBody } from '../../schemas/information-barriers/schemas.js'

// Update an Information Barriers policy — only the properties sent change (settings key by key).
export default defineOperation({
  id: 'InformationBarriersUpdate',
  method: 'PATCH',
  path: '/information_barriers/policies/{policyId}',
  params: PolicyIdParams,
  body: UpdatePolicyBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(InformationBarrierService).update(actor.accountId, params.policyId, body)
  },
})
