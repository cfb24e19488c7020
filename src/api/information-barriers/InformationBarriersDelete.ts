import { defineOperation } from '../../http/operation.js';
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js';
import { PolicyIdParams } from './schemas.js';

export default defineOperation({
  id: 'InformationBarriersDelete',
  group: 'Information Barriers',
  method: 'DELETE',
  path: '/information_barriers/policies/{policyId}',
  master: true,
  summary: { en: 'Remove an Information Barrier policy', zh: '消除信息屏障策略' },
  scopes: ['information_barriers:write:admin'],
  rateLimit: 'Medium',
  params: PolicyIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(InformationBarrierService).delete(actor.accountId, params.policyId);
  },
});
