import { defineOperation } from '../../http/operation.js'
import { TrackingFieldService } from '../../domain/tracking-fields/tracking-field.service.js'
import { FieldIdParams } from '../../schemas/tracking-fields/schemas.js'

export default defineOperation({
  id: 'trackingfieldDelete',
  method: 'DELETE',
  path: '/tracking_fields/{fieldId}',
  params: FieldIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(TrackingFieldService).delete(actor.accountId, params.fieldId)
  },
})
