import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { defineOperation } from '../../http/operation.js'
import { SimZoomRoomBody, SimZoomRoomOut } from '../../schemas/dashboards/zoom-rooms.js'

// Rooms are set up in Zoom's web portal and the Rooms app, not through this API: the simulator stands in for both.
export default defineOperation({
  id: 'simZoomRoomCreate',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/zoom_rooms',
  summary: { en: 'Simulate: register a Zoom Room and its devices', zh: '模拟：注册 Zoom Room 及其设备' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  body: SimZoomRoomBody,
  success: { status: 201, schema: SimZoomRoomOut },
  handle: ({ body, actor, svc }) => svc.use(ZoomRooms).register(actor, body),
})
