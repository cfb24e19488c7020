import { DashboardQos } from '../../domain/dashboards/qos.js'
import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { defineOperation } from '../../http/operation.js'
import { QosListQuery, QosParticipantsOut, QosWebinarParams } from '../../schemas/dashboards/qos.js'

// List webinar participant QoS — the webinar form of the meeting participants QoS dashboard.
export default defineOperation({
  id: 'dashboardWebinarParticipantsQOS',
  method: 'GET',
  path: '/metrics/webinars/{webinarId}/participants/qos',
  params: QosWebinarParams,
  query: QosListQuery,
  success: { status: 200, schema: QosParticipantsOut },
  handle({ params, query, actor, svc }) {
    return svc.use(DashboardQos).participants(actor, params.webinarId, WEBINAR_KIND, query)
  },
})
