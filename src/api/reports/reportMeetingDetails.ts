import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { InstanceReports } from '../../domain/reports/instances.js'
import { defineOperation } from '../../http/operation.js'
import { ReportInstanceDetailsOut, ReportMeetingParams } from '../../schemas/reports/instances.js'

// Get meeting detail reports — one ended instance: by UUID, or by meeting number for its latest; paid accounts only.
export default defineOperation({
  id: 'reportMeetingDetails',
  method: 'GET',
  path: '/report/meetings/{meetingId}',
  params: ReportMeetingParams,
  success: { status: 200, schema: ReportInstanceDetailsOut },
  handle({ params, actor, svc }) {
    return svc.use(InstanceReports).details(actor, params.meetingId, MEETING_KIND)
  },
})
