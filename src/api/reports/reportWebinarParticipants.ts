import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { InstanceReports } from '../../domain/reports/instances.js'
import { defineOperation } from '../../http/operation.js'
import { ReportParticipantsOut, ReportParticipantsQuery, ReportWebinarParams } from '../../schemas/reports/instances.js'

// Get webinar participant reports — a row per join session of one ended instance; paid accounts with a webinar plan.
export default defineOperation({
  id: 'reportWebinarParticipants',
  method: 'GET',
  path: '/report/webinars/{webinarId}/participants',
  params: ReportWebinarParams,
  query: ReportParticipantsQuery,
  success: { status: 200, schema: ReportParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(InstanceReports).participants(actor, params.webinarId, WEBINAR_KIND, query)
  },
})
