import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { defineOperation } from '../../http/operation.js'
import { SimZoomRoomParams } from '../../schemas/dashboards/zoom-rooms.js'

// Removing a room also forgets its devices, issues and the meetings it was in.
export default defineOperation({
  id: 'simZoomRoomDelete',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/zoom_rooms/{roomId}',
  summary: { en: 'Simulate: remove a Zoom Room', zh: '模拟：删除 Zoom Room' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimZoomRoomParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(ZoomRooms).remove(actor, params.roomId)
  },
})
