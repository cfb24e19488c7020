import { DashboardQos } from '../../domain/dashboards/qos.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { QosOneQuery, QosParticipantOut, QosWebinarParticipantParams } from '../../schemas/dashboards/qos.js'

// Get webinar participant QoS — the webinar form of the meeting participant QoS dashboard.
export default defineOperation({
  id: 'dashboardWebinarParticipantQOS',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}/participants/{participantId}/qos',
  params: QosWebinarParticipantParams,
  query: QosOneQuery,
  success: { status: 200, schema: QosParticipantOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardQos).participant(actor, params.webinarId, params.participantId, WEBINAR_KIND, query.type)
  },
})
