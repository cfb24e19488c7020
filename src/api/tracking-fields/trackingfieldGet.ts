import { defineOperation } from '../../http/operation.js'
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js'
import { FieldIdParams } from '../../schemas/tracking-fields/schemas.js'
import { TrackingfieldGetResponse } from '../../schemas/tracking-fields/schemas.gen.js'

export default defineOperation({
  id: 'trackingfieldGet',
  method: 'GET',
  path: '/tracking_fields/{fieldId}',
  params: FieldIdParams,
  success: { status: 200, schema: TrackingfieldGetResponse },
  handle: ({ params, actor, svc }) => svc.use(TrackingFieldService).get(actor.accountId, params.fieldId),
})
