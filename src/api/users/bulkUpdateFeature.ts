import { defineOperation } from '../../http/operation.js'
import { bulkUpdateFeature } from '../../domain/users/features.js'
import { BulkFeatureBody, BulkFeatureResponse } from '../../schemas/users/schemas-relations.js'

// Bulk update feature — per-user outcome: success ids, and failures grouped by reason.
export default defineOperation({
  id: 'bulkUpdateFeature',
  method: 'POST',
  path: '/users/features',
  body: BulkFeatureBody,
  success: { status: 200, schema: BulkFeatureResponse },
  async handle({ body, actor, svc }) {
    return bulkUpdateFeature(svc, actor, body)
  },
})
