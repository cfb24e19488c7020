import { DashboardInstances } from '../../domain/dashboards/instances.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardWebinarsOut, DashboardWebinarsQuery } from '../../schemas/dashboards/instances.js'

// Live (default) or held webinars started in a window of at most a month; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardWebinars',
  method: 'GET',
  path: '/metrics/webinars',
  query: DashboardWebinarsQuery,
  success: { status: 200, schema: DashboardWebinarsOut },
  handle: ({ query, actor, svc }) => svc.use(DashboardInstances).list(actor, WEBINAR_KIND, query),
})
