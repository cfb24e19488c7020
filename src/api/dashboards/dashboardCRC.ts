import { DashboardUsage } from '../../domain/dashboards/usage.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardCrcOut, DashboardCrcQuery } from '../../schemas/dashboards/usage.js'

// Hourly Room Connector port use by H.323/SIP room systems; Business plans with H.323/SIP devices only (400/200).
export default defineOperation({
  id: 'dashboardCRC',
  method: 'GET',
  path: '/metrics/crc',
  query: DashboardCrcQuery,
  success: { status: 200, schema: DashboardCrcOut },
  handle({ query, actor, svc }) {
    return svc.use(DashboardUsage).crcPorts(actor, query)
  },
})
