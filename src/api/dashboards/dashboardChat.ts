import { DashboardUsage } from '../../domain/dashboards/usage.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardChatOut, DashboardChatQuery } from '../../schemas/dashboards/usage.js'

// Team Chat messages each user sent over at most a month of the last six (400/300 further back); Business
// plans only (400/200).
export default defineOperation({
  id: 'dashboardChat',
  method: 'GET',
  path: '/metrics/chat',
  query: DashboardChatQuery,
  success: { status: 200, schema: DashboardChatOut },
  handle({ query, actor, svc }) {
    return svc.use(DashboardUsage).chatMetrics(actor, query)
  },
})
