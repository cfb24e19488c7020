import { defineOperation } from '../../http/operation.js'
import { H323DeviceService } from '../../domain/h323-devices/device.service.js'
import { DeviceIdParams } from '../../schemas/h323-devices/schemas.js'

// Delete a room device — 204; 404/300 for an unknown device. Past sessions that dialled it keep their record.
export default defineOperation({
  id: 'deviceDelete',
  method: 'DELETE',
  path: '/h323/devices/{deviceId}',
  params: DeviceIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(H323DeviceService).delete(actor.accountId, params.deviceId)
  },
})
