import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardWebinarParams } from '../../schemas/dashboards/participants.js'
import { SatisfactionOut, SatisfactionQuery } from '../../schemas/dashboards/feedback.js'

// The end-of-webinar survey answers about one webinar instance; Business plans only (400/200), 404/3001 unknown.
export default defineOperation({
  id: 'participantWebinarFeedback',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}/participants/satisfaction',
  params: DashboardWebinarParams,
  query: SatisfactionQuery,
  success: { status: 200, schema: SatisfactionOut },
  handle({ params, query, actor, svc }) {
    return svc.use(ParticipantFeedback).ofInstance(actor, params.webinarId, WEBINAR_KIND, query)
  },
})
