import { defineOperation } from '../../http/operation.js';
import { InformationBarrierService } from '../../domain/information-barriers/policy.service.js';
import { PolicyIdParams, UpdatePolicyBody } from './schemas.js';

// Update an Information Barriers policy — only the properties sent change (settings key by key).
export default defineOperation({
  id: 'InformationBarriersUpdate',
  group: 'Information Barriers',
  method: 'PATCH',
  path: '/information_barriers/policies/{policyId}',
  master: true,
  summary: { en: 'Update an Information Barriers policy', zh: '更新信息壁垒政策' },
  scopes: ['information_barriers:write:admin'],
  rateLimit: 'Medium',
  params: PolicyIdParams,
  body: UpdatePolicyBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(InformationBarrierService).update(actor.accountId, params.policyId, body ?? {});
  },
});
