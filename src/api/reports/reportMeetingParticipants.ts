import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { InstanceReports } from '../../domain/reports/instances.js'
import { defineOperation } from '../../http/operation.js'
import { ReportMeetingParams, ReportParticipantsOut, ReportParticipantsQuery } from '../../schemas/reports/instances.js'

// Get meeting participant reports — a row per join session of one ended instance; paid accounts only.
export default defineOperation({
  id: 'reportMeetingParticipants',
  method: 'GET',
  path: '/report/meetings/{meetingId}/participants',
  params: ReportMeetingParams,
  query: ReportParticipantsQuery,
  success: { status: 200, schema: ReportParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(InstanceReports).participants(actor, params.meetingId, MEETING_KIND, query)
  },
})
