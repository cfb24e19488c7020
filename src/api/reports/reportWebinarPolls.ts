import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { ActivityReports } from '../../domain/reports/activity.js'
import { defineOperation } from '../../http/operation.js'
import { ReportPollsOut } from '../../schemas/reports/activity.js'
import { ReportWebinarParams } from '../../schemas/reports/instances.js'

// Get webinar poll reports — one ended instance's poll answers, grouped by voter; paid accounts, licensed hosts.
export default defineOperation({
  id: 'reportWebinarPolls',
  method: 'GET',
  path: '/report/webinars/{webinarId}/polls',
  params: ReportWebinarParams,
  success: { status: 200, schema: ReportPollsOut },
  handle({ params, actor, svc }) {
    return svc.use(ActivityReports).polls(actor, params.webinarId, WEBINAR_KIND)
  },
})
