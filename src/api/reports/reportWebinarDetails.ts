import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { InstanceReports } from '../../domain/reports/instances.js'
import { defineOperation } from '../../http/operation.js'
import { ReportInstanceDetailsOut, ReportWebinarParams } from '../../schemas/reports/instances.js'

// Get webinar detail reports — one ended instance: by UUID, or by webinar id for its latest; paid accounts with a webinar plan.
export default defineOperation({
  id: 'reportWebinarDetails',
  method: 'GET',
  path: '/report/webinars/{webinarId}',
  params: ReportWebinarParams,
  success: { status: 200, schema: ReportInstanceDetailsOut },
  handle({ params, actor, svc }) {
    return svc.use(InstanceReports).details(actor, params.webinarId, WEBINAR_KIND)
  },
})
