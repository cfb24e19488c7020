import { defineOperation } from '../../http/operation.js'
import { AccountReports } from '../../domain/reports/account.js'
import { ReportCloudRecordingOut, ReportCloudRecordingQuery } from '../../schemas/reports/account.js'

export default defineOperation({
  id: 'reportCloudRecording',
  method: 'GET',
  path: '/report/cloud_recording',
  query: ReportCloudRecordingQuery,
  success: { status: 200, schema: ReportCloudRecordingOut },
  handle: ({ query, actor, svc }) => svc.use(AccountReports).cloudRecording(actor, query),
})
