import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardMeetingParams } from '../../schemas/dashboards/participants.js'
import { SatisfactionOut, SatisfactionQuery } from '../../schemas/dashboards/feedback.js'

// The end-of-meeting survey answers about one meeting instance; Business plans only (400/200), 404/3001 unknown.
export default defineOperation({
  id: 'participantFeedback',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}/participants/satisfaction',
  params: DashboardMeetingParams,
  query: SatisfactionQuery,
  success: { status: 200, schema: SatisfactionOut },
  handle({ params, query, actor, svc }) {
    return svc.use(ParticipantFeedback).ofInstance(actor, params.meetingId, MEETING_KIND, query)
  },
})
