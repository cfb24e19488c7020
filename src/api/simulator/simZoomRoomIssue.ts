import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { defineOperation } from '../../http/operation.js'
import { SimZoomRoomIssueBody, SimZoomRoomIssueOut, SimZoomRoomParams } from '../../schemas/dashboards/zoom-rooms.js'

// The Rooms app reports problems to Zoom's cloud on its own; here a test says when one happens.
export default defineOperation({
  id: 'simZoomRoomIssue',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/zoom_rooms/{roomId}/issues',
  summary: { en: 'Simulate: a Zoom Room raises an issue', zh: '模拟：Zoom Room 出现问题' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimZoomRoomParams,
  body: SimZoomRoomIssueBody,
  success: { status: 201, schema: SimZoomRoomIssueOut },
  handle: ({ params, body, actor, svc }) => svc.use(ZoomRooms).raise(actor, params.roomId, body),
})
