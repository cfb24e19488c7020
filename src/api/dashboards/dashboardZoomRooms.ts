import { defineOperation } from '../../http/operation.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { DashboardZoomRoomsOut, DashboardZoomRoomsQuery } from '../../schemas/dashboards/zoom-rooms.js'

// The account's Zoom Rooms with their status, devices' addresses and open issues; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardZoomRooms',
  method: 'GET',
  path: '/metrics/zoomrooms',
  query: DashboardZoomRoomsQuery,
  success: { status: 200, schema: DashboardZoomRoomsOut },
  handle: ({ query, actor, svc }) => svc.use(ZoomRooms).list(actor, query),
})
