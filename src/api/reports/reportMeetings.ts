import { defineOperation } from '../../http/operation.js'
import { AccountReports } from '../../domain/reports/account.js'
import { ReportHostMeetingsOut, ReportHostMeetingsQuery, ReportHostParams } from '../../schemas/reports/account.js'

export default defineOperation({
  id: 'reportMeetings',
  method: 'GET',
  path: '/report/users/{userId}/meetings',
  params: ReportHostParams,
  query: ReportHostMeetingsQuery,
  success: { status: 200, schema: ReportHostMeetingsOut },
  handle: ({ params, query, actor, svc }) => svc.use(AccountReports).hostMeetings(actor, params.userId, query),
})
