import { DashboardParticipants } from '../../domain/dashboards/participants.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import {
  DashboardWebinarParams,
  DashboardSharingQuery,
  DashboardSharingOut,
} from '../../schemas/dashboards/participants.js'

// Screen shares and cloud recording per join session of a webinar; Business plans only (400/200).
export default defineOperation({
  id: 'dashboardWebinarParticipantShare',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}/participants/sharing',
  params: DashboardWebinarParams,
  query: DashboardSharingQuery,
  success: { status: 200, schema: DashboardSharingOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardParticipants).sharing(actor, params.webinarId, WEBINAR_KIND, query)
  },
})
