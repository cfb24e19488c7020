import { defineOperation } from '../../http/operation.js';
import { bulkUpdateFeature } from '../../domain/users/features.js';
import { BulkFeatureBody, BulkFeatureResponse } from './schemas-relations.js';

// Bulk update feature — per-user outcome: success ids, and failures grouped by reason.
export default defineOperation({
  id: 'bulkUpdateFeature',
  group: 'Users',
  method: 'POST',
  path: '/users/features',
  master: true,
  summary: { en: 'Bulk update feature', zh: '批量更新功能' },
  scopes: ['user:write:admin'],
  rateLimit: 'Medium',
  body: BulkFeatureBody,
  success: { status: 200, schema: BulkFeatureResponse },
  async handle({ body, actor, svc }) {
    return bulkUpdateFeature(svc, actor, body);
  },
});
