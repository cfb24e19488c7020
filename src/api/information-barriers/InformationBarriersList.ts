import { defineOperation } from '../../http/operation.js'
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js'
import { ListPoliciesQuery, ListPoliciesResponse } from '../../schemas/information-barriers/schemas.js'

// List information Barrier policies — oldest first, in pages (page_size up to 300, next_page_token).
export default defineOperation({
  id: 'InformationBarriersList',
  method: 'GET',
  path: '/information_barriers/policies',
  query: ListPoliciesQuery,
  success: { status: 200, schema: ListPoliciesResponse },
  handle: ({ query, actor, svc }) => svc.use(InformationBarrierService).list(actor.accountId, query),
})
