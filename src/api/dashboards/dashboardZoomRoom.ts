import { defineOperation } from '../../http/operation.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import {
  DashboardZoomRoomOut,
  DashboardZoomRoomPagedQuery,
  ZoomRoomParams,
} from '../../schemas/dashboards/zoom-rooms.js'

// One Zoom Room with the meeting it is in and those it held in the window; 404/1012 for an unknown room.
export default defineOperation({
  id: 'dashboardZoomRoom',
  method: 'GET',
  path: '/metrics/zoomrooms/{zoomroomId}',
  params: ZoomRoomParams,
  query: DashboardZoomRoomPagedQuery,
  success: { status: 200, schema: DashboardZoomRoomOut },
  handle: ({ params, query, actor, svc }) => svc.use(ZoomRooms).detail(actor, params.zoomroomId, query),
})
