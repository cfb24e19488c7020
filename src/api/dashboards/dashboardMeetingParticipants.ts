import { DashboardParticipants } from '../../domain/dashboards/participants.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import {
  DashboardMeetingParams,
  DashboardMeetingParticipantsOut,
  DashboardMeetingParticipantsQuery,
} from '../../schemas/dashboards/participants.js'

// Participants of a live or ended meeting, one row per join; Business plans only (400/200), 404/3001 otherwise.
export default defineOperation({
  id: 'dashboardMeetingParticipants',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}/participants',
  params: DashboardMeetingParams,
  query: DashboardMeetingParticipantsQuery,
  success: { status: 200, schema: DashboardMeetingParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardParticipants).list(actor, params.meetingId, MEETING_KIND, query)
  },
})
