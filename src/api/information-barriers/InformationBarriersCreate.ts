import { defineOperation } from '../../http/operation.js'
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js'
import { CreatePolicyBody, Policy } from '../../schemas/information-barriers/schemas.js'

// Create an Information Barrier policy — between two different groups of the account; settings not sent are false.
export default defineOperation({
  id: 'InformationBarriersCreate',
  method: 'POST',
  path: '/information_barriers/policies',
  body: CreatePolicyBody,
  success: { status: 201, schema: Policy },
  handle: ({ body, actor, svc }) => svc.use(InformationBarrierService).create(actor.accountId, body),
})
