import { defineOperation } from '../../http/operation.js'
import { AccountReports } from '../../domain/reports/account.js'
import { ReportUsersOut, ReportUsersQuery } from '../../schemas/reports/account.js'

export default defineOperation({
  id: 'reportUsers',
  method: 'GET',
  path: '/report/users',
  query: ReportUsersQuery,
  success: { status: 200, schema: ReportUsersOut },
  handle: ({ query, actor, svc }) => svc.use(AccountReports).users(actor, query),
})
