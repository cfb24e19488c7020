import { DashboardParticipants } from '../../domain/dashboards/participants.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import {
  DashboardMeetingParams,
  DashboardSharingQuery,
  DashboardSharingOut,
} from '../../schemas/dashboards/participants.js'

// Screen shares and cloud recording per join session of a meeting; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardMeetingParticipantShare',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}/participants/sharing',
  params: DashboardMeetingParams,
  query: DashboardSharingQuery,
  success: { status: 200, schema: DashboardSharingOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardParticipants).sharing(actor, params.meetingId, MEETING_KIND, query)
  },
})
