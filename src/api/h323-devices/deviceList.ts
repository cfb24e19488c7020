import { defineOperation } from '../../http/operation.js'
import { H323DeviceService } from '../../domain/h323-devices/device.service.js'
import { ListDevicesQuery, ListDevicesResponse } from '../../schemas/h323-devices/schemas.js'

// List room devices — oldest first, in pages (page_size up to 300, next_page_token); 400/200 without the feature.
export default defineOperation({
  id: 'deviceList',
  method: 'GET',
  path: '/h323/devices',
  query: ListDevicesQuery,
  success: { status: 200, schema: ListDevicesResponse },
  handle: ({ query, actor, svc }) => svc.use(H323DeviceService).list(actor.accountId, query),
})
