import { DashboardQos } from '../../domain/dashboards/qos.js'
import { MEETING_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { QosMeetingParticipantParams, QosOneQuery, QosParticipantOut } from '../../schemas/dashboards/qos.js'

// Get meeting participant QoS — one join session's per-minute quality samples, live or past; Business accounts.
export default defineOperation({
  id: 'dashboardMeetingParticipantQOS',
  method: 'GET',
  path: '/metrics/meetings/{meetingId}/participants/{participantId}/qos',
  params: QosMeetingParticipantParams,
  query: QosOneQuery,
  success: { status: 200, schema: QosParticipantOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardQos).participant(actor, params.meetingId, params.participantId, MEETING_KIND, query.type)
  },
})
