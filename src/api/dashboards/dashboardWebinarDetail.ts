import { DashboardInstances } from '../../domain/dashboards/instances.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardInstance, DashboardWebinarDetailQuery } from '../../schemas/dashboards/instances.js'
import { DashboardWebinarParams } from '../../schemas/dashboards/participants.js'

// One live or held webinar instance; 404/3001 when there is none of that type.
export default defineOperation({
  id: 'dashboardWebinarDetail',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}',
  params: DashboardWebinarParams,
  query: DashboardWebinarDetailQuery,
  success: { status: 200, schema: DashboardInstance },
  handle: ({ params, query, actor, svc }) =>
    svc.use(DashboardInstances).detail(actor, WEBINAR_KIND, params.webinarId, query.type),
})
