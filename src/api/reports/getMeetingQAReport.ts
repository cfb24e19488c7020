import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { ActivityReports } from '../../domain/reports/activity.js'
import { defineOperation } from '../../http/operation.js'
import { ReportQaOut } from '../../schemas/reports/activity.js'
import { ReportMeetingParams } from '../../schemas/reports/instances.js'

// Get meeting Q&A report — one ended instance's questions and answers, grouped by asker; paid accounts only.
export default defineOperation({
  id: 'getMeetingQAReport',
  method: 'GET',
  path: '/report/meetings/{meetingId}/qa',
  params: ReportMeetingParams,
  success: { status: 200, schema: ReportQaOut },
  handle({ params, actor, svc }) {
    return svc.use(ActivityReports).qa(actor, params.meetingId, MEETING_KIND)
  },
})
