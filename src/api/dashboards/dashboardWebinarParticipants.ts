import { DashboardParticipants } from '../../domain/dashboards/participants.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import {
  DashboardWebinarParams,
  DashboardWebinarParticipantsQuery,
  DashboardParticipantsOut,
} from '../../schemas/dashboards/participants.js'

// Participants of a live or ended webinar, one row per join; Business plans only (400/200), 404/3001 otherwise.
export default defineOperation({
  id: 'dashboardWebinarParticipants',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}/participants',
  params: DashboardWebinarParams,
  query: DashboardWebinarParticipantsQuery,
  success: { status: 200, schema: DashboardParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardParticipants).list(actor, params.webinarId, WEBINAR_KIND, query)
  },
})
