import { defineOperation } from '../../http/operation.js';
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js';
import { FieldIdParams } from './schemas.js';

export default defineOperation({
  id: 'trackingfieldDelete',
  group: 'Tracking Field',
  method: 'DELETE',
  path: '/tracking_fields/{fieldId}',
  master: true,
  summary: { en: 'Delete a tracking field', zh: '删除跟踪字段' },
  scopes: ['tracking_fields:write:admin'],
  rateLimit: 'Light',
  params: FieldIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(TrackingFieldService).delete(actor.accountId, params.fieldId);
  },
});
