import { defineOperation } from '../../http/operation.js'
import { H323DeviceService } from '../../domain/h323-devices/device.service.js'
import { DeviceIdParams, UpdateDeviceBody } from '../../schemas/h323-devices/schemas.js'

// Update a room device — 204; 404/300 for an unknown device, 404/2020 for a name in use.
export default defineOperation({
  id: 'deviceUpdate',
  method: 'PATCH',
  path: '/h323/devices/{deviceId}',
  params: DeviceIdParams,
  body: UpdateDeviceBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(H323DeviceService).update(actor.accountId, params.deviceId, body)
  },
})
