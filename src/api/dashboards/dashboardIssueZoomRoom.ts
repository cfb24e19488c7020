import { defineOperation } from '../../http/operation.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { DashboardIssueZoomRoomsOut, DashboardZoomRoomWindowQuery } from '../../schemas/dashboards/zoom-rooms.js'

// The 25 rooms that raised the most issues in the window; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardIssueZoomRoom',
  method: 'GET',
  path: '/metrics/issues/zoomrooms',
  query: DashboardZoomRoomWindowQuery,
  success: { status: 200, schema: DashboardIssueZoomRoomsOut },
  handle: ({ query, actor, svc }) => svc.use(ZoomRooms).topRooms(actor, query),
})
