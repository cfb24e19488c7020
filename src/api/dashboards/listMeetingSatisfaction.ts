import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { defineOperation } from '../../http/operation.js'
import { ClientSatisfactionOut, ClientWindowQuery } from '../../schemas/dashboards/feedback.js'

// Thumbs up, thumbs down and no answer per day of a window of at most a month; 400/200 below Business, 400/300 too old.
export default defineOperation({
  id: 'listMeetingSatisfaction',
  method: 'GET',
  path: '/metrics/client/satisfaction',
  query: ClientWindowQuery,
  success: { status: 200, schema: ClientSatisfactionOut },
  handle({ query, actor, svc }) {
    return svc.use(ParticipantFeedback).satisfaction(actor, query)
  },
})
