import { defineOperation } from '../../http/operation.js'
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js'
import { CreateTrackingFieldBody } from '../../schemas/tracking-fields/schemas.js'
import { TrackingfieldCreateResponse } from '../../schemas/tracking-fields/schemas.gen.js'

// Create a tracking field — the label is unique in the account (400/200); visible by default, not required.
export default defineOperation({
  id: 'trackingfieldCreate',
  method: 'POST',
  path: '/tracking_fields',
  body: CreateTrackingFieldBody,
  success: { status: 201, schema: TrackingfieldCreateResponse },
  handle: ({ body, actor, svc }) => svc.use(TrackingFieldService).create(actor.accountId, body),
})
