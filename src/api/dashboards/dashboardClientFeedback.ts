import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { defineOperation } from '../../http/operation.js'
import { ClientFeedbackOut, ClientWindowQuery } from '../../schemas/dashboards/feedback.js'

// How many participants picked each thumbs-down reason in the window; 400/200 below Business, 400/300 too old.
export default defineOperation({
  id: 'dashboardClientFeedback',
  method: 'GET',
  path: '/metrics/client/feedback',
  query: ClientWindowQuery,
  success: { status: 200, schema: ClientFeedbackOut },
  handle({ query, actor, svc }) {
    return svc.use(ParticipantFeedback).reasons(actor, query)
  },
})
