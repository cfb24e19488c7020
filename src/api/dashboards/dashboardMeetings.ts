import { DashboardInstances } from '../../domain/dashboards/instances.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardMeetingsOut, DashboardMeetingsQuery } from '../../schemas/dashboards/instances.js'

// Live (default) or held meetings started in a window of at most a month; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardMeetings',
  method: 'GET',
  path: '/metrics/meetings',
  query: DashboardMeetingsQuery,
  success: { status: 200, schema: DashboardMeetingsOut },
  handle: ({ query, actor, svc }) => svc.use(DashboardInstances).list(actor, MEETING_KIND, query),
})
