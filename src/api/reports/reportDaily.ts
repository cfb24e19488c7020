import { defineOperation } from '../../http/operation.js'
import { AccountReports } from '../../domain/reports/account.js'
import { ReportDailyOut, ReportDailyQuery } from '../../schemas/reports/account.js'

export default defineOperation({
  id: 'reportDaily',
  method: 'GET',
  path: '/report/daily',
  query: ReportDailyQuery,
  success: { status: 200, schema: ReportDailyOut },
  handle: ({ query, actor, svc }) => svc.use(AccountReports).daily(actor, query),
})
