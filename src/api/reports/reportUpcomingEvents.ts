import { defineOperation } from '../../http/operation.js'
import { AccountReports } from '../../domain/reports/account.js'
import { ReportUpcomingOut, ReportUpcomingQuery } from '../../schemas/reports/account.js'

export default defineOperation({
  id: 'reportUpcomingEvents',
  method: 'GET',
  path: '/report/upcoming_events',
  query: ReportUpcomingQuery,
  success: { status: 200, schema: ReportUpcomingOut },
  handle: ({ query, actor, svc }) => svc.use(AccountReports).upcomingEvents(actor, query),
})
