import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { defineOperation } from '../../http/operation.js'
import {
  ClientFeedbackDetailOut,
  ClientFeedbackDetailQuery,
  ClientFeedbackParams,
} from '../../schemas/dashboards/feedback.js'

// Who picked one thumbs-down reason in the window, keyset-paged; 400/200 below Business, 400/300 too old.
export default defineOperation({
  id: 'dashboardClientFeedbackDetail',
  method: 'GET',
  path: '/metrics/client/feedback/{feedbackId}',
  params: ClientFeedbackParams,
  query: ClientFeedbackDetailQuery,
  success: { status: 200, schema: ClientFeedbackDetailOut },
  handle({ params, query, actor, svc }) {
    return svc.use(ParticipantFeedback).reasonDetail(actor, params.feedbackId, query)
  },
})
