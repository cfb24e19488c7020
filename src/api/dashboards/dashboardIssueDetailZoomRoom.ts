import { defineOperation } from '../../http/operation.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import {
  DashboardIssueDetailZoomRoomOut,
  DashboardZoomRoomPagedQuery,
  ZoomRoomParams,
} from '../../schemas/dashboards/zoom-rooms.js'

// The issues one room raised in the window, oldest first; 404/1012 for an unknown room.
export default defineOperation({
  id: 'dashboardIssueDetailZoomRoom',
  method: 'GET',
  path: '/metrics/issues/zoomrooms/{zoomroomId}',
  params: ZoomRoomParams,
  query: DashboardZoomRoomPagedQuery,
  success: { status: 200, schema: DashboardIssueDetailZoomRoomOut },
  handle: ({ params, query, actor, svc }) => svc.use(ZoomRooms).issueDetails(actor, params.zoomroomId, query),
})
