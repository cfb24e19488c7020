import { DashboardQuality } from '../../domain/dashboards/quality.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardQualityOut, DashboardQualityQuery } from '../../schemas/dashboards/quality.js'

// Counts of good, fair, poor and bad audio, video and screen share scores of the meetings (or their join sessions)
// started in a window of at most a month; Business plans only (400/200), older than six months 400/300.
export default defineOperation({
  id: 'dashboardQuality',
  method: 'GET',
  path: '/metrics/quality',
  query: DashboardQualityQuery,
  success: { status: 200, schema: DashboardQualityOut },
  handle: ({ query, actor, svc }) => svc.use(DashboardQuality).scores(actor, query),
})
