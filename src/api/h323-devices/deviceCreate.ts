import { defineOperation } from '../../http/operation.js'
import { H323DeviceService } from '../../domain/h323-devices/device.service.js'
import { CreateDeviceBody, Device } from '../../schemas/h323-devices/schemas.js'

// Register a room device — 201 with it; 400/200 without the H.323/SIP feature, 404/2020 for a name in use,
// 400/300 for an address the protocol cannot reach.
export default defineOperation({
  id: 'deviceCreate',
  method: 'POST',
  path: '/h323/devices',
  body: CreateDeviceBody,
  success: { status: 201, schema: Device },
  handle: ({ body, actor, svc }) => svc.use(H323DeviceService).create(actor.accountId, body),
})
