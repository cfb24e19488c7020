import { defineOperation } from '../../http/operation.js'
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js'
import { TrackingfieldListResponse } from '../../schemas/tracking-fields/schemas.gen.js'

// List tracking fields — every field of the account in one response; Zoom does not page this list.
export default defineOperation({
  id: 'trackingfieldList',
  method: 'GET',
  path: '/tracking_fields',
  success: { status: 200, schema: TrackingfieldListResponse },
  handle: ({ actor, svc }) => svc.use(TrackingFieldService).list(actor.accountId),
})
