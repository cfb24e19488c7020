import { DashboardInstances } from '../../domain/dashboards/instances.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardInstance, DashboardMeetingDetailQuery } from '../../schemas/dashboards/instances.js'
import { DashboardMeetingParams } from '../../schemas/dashboards/participants.js'

// One live or held meeting instance; 404/3001 when there is none of that type, 400/300 for a webinar.
export default defineOperation({
  id: 'dashboardMeetingDetail',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}',
  params: DashboardMeetingParams,
  query: DashboardMeetingDetailQuery,
  success: { status: 200, schema: DashboardInstance },
  handle: ({ params, query, actor, svc }) =>
    svc.use(DashboardInstances).detail(actor, MEETING_KIND, params.meetingId, query.type),
})
