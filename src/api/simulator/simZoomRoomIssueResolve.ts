import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { ZoomRooms } from '../../domain/zoom-rooms/zoom-rooms.js'
import { defineOperation } from '../../http/operation.js'
import {
  SimZoomRoomIssueOut,
  SimZoomRoomIssueParams,
  SimZoomRoomResolveBody,
} from '../../schemas/dashboards/zoom-rooms.js'

// A resolved issue stays in the issue dashboards of its window but no longer counts towards the room's status.
export default defineOperation({
  id: 'simZoomRoomIssueResolve',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/zoom_rooms/{roomId}/issues/{issueId}/resolve',
  summary: { en: 'Simulate: a Zoom Room issue clears', zh: '模拟：Zoom Room 问题已解决' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimZoomRoomIssueParams,
  body: SimZoomRoomResolveBody,
  success: { status: 200, schema: SimZoomRoomIssueOut },
  handle: ({ params, body, actor, svc }) =>
    svc.use(ZoomRooms).resolve(actor, params.roomId, params.issueId, body ?? {}),
})
