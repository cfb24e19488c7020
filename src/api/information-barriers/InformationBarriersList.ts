import { defineOperation } from '../../http/operation.js';
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js';
import { ListPoliciesQuery, ListPoliciesResponse } from './schemas.js';

// List information Barrier policies — oldest first, in pages (page_size up to 300, next_page_token).
export default defineOperation({
  id: 'InformationBarriersList',
  group: 'Information Barriers',
  method: 'GET',
  path: '/information_barriers/policies',
  master: true,
  summary: { en: 'List information Barrier policies', zh: '列出信息屏障政策' },
  scopes: ['information_barriers:read:admin'],
  rateLimit: 'Medium',
  query: ListPoliciesQuery,
  success: { status: 200, schema: ListPoliciesResponse },
  handle: ({ query, actor, svc }) => svc.use(InformationBarrierService).list(actor.accountId, query),
});
