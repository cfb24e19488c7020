import { defineOperation } from '../../http/operation.js';
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js';
import { Policy, PolicyIdParams } from './schemas.js';

export default defineOperation({
  id: 'InformationBarriersGet',
  group: 'Information Barriers',
  method: 'GET',
  path: '/information_barriers/policies/{policyId}',
  master: true,
  summary: { en: 'Get an Information Barrier policy by ID', zh: '通过ID获取信息屏障策略' },
  scopes: ['information_barriers:read:admin'],
  rateLimit: 'Medium',
  params: PolicyIdParams,
  success: { status: 200, schema: Policy },
  handle: ({ params, actor, svc }) => svc.use(InformationBarrierService).get(actor.accountId, params.policyId),
});
