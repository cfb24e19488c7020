import { defineOperation } from '../../http/operation.js'
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js'
import { FieldIdParams } from '../../schemas/tracking-fields/schemas.js'
import { TrackingfieldUpdateBody } from '../../schemas/tracking-fields/schemas.gen.js'

// Update a tracking field — only the properties sent change; a new label must be free in the account (400/200).
export default defineOperation({
  id: 'trackingfieldUpdate',
  method: 'PATCH',
  path: '/tracking_fields/{fieldId}',
  params: FieldIdParams,
  body: TrackingfieldUpdateBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(TrackingFieldService).update(actor.accountId, params.fieldId, body)
  },
})
