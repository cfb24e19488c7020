import { DashboardQos } from '../../domain/dashboards/qos.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { QosListQuery, QosMeetingParams, QosParticipantsOut } from '../../schemas/dashboards/qos.js'

// List meeting participants QoS — every join session with its samples, a page at a time; Business accounts.
export default defineOperation({
  id: 'dashboardMeetingParticipantsQOS',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}/participants/qos',
  params: QosMeetingParams,
  query: QosListQuery,
  success: { status: 200, schema: QosParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardQos).participants(actor, params.meetingId, MEETING_KIND, query)
  },
})
