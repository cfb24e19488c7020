import { defineOperation } from '../../http/operation.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { DashboardZoomRoomIssuesOut, DashboardZoomRoomWindowQuery } from '../../schemas/dashboards/zoom-rooms.js'

// The 25 issues raised by the most rooms in the window; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardZoomRoomIssue',
  method: 'GET',
  path: '/metrics/zoomrooms/issues',
  query: DashboardZoomRoomWindowQuery,
  success: { status: 200, schema: DashboardZoomRoomIssuesOut },
  handle: ({ query, actor, svc }) => svc.use(ZoomRooms).topIssues(actor, query),
})
