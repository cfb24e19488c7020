import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { ActivityReports } from '../../domain/reports/activity.js'
import { defineOperation } from '../../http/operation.js'
import { ReportPollsOut } from '../../schemas/reports/activity.js'
import { ReportMeetingParams } from '../../schemas/reports/instances.js'

// Get meeting poll reports — one ended instance's poll answers, grouped by voter; paid accounts only.
export default defineOperation({
  id: 'reportMeetingPolls',
  method: 'GET',
  path: '/report/meetings/{meetingId}/polls',
  params: ReportMeetingParams,
  success: { status: 200, schema: ReportPollsOut },
  handle({ params, actor, svc }) {
    return svc.use(ActivityReports).polls(actor, params.meetingId, MEETING_KIND)
  },
})
