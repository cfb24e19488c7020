import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { ActivityReports } from '../../domain/reports/activity.js'
import { defineOperation } from '../../http/operation.js'
import { ReportQaOut } from '../../schemas/reports/activity.js'
import { ReportWebinarParams } from '../../schemas/reports/instances.js'

// Get webinar Q&A report — one ended instance's questions and answers, grouped by asker; paid accounts, licensed hosts.
export default defineOperation({
  id: 'reportWebinarQA',
  method: 'GET',
  path: '/report/webinars/{webinarId}/qa',
  params: ReportWebinarParams,
  success: { status: 200, schema: ReportQaOut },
  handle({ params, actor, svc }) {
    return svc.use(ActivityReports).qa(actor, params.webinarId, WEBINAR_KIND)
  },
})
