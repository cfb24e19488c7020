import { DashboardUsage } from '../../domain/dashboards/usage.js'
import { defineOperation } from '../../http/operation.js'
import { DashboardClientVersionsOut } from '../../schemas/dashboards/usage.js'

// The client versions the account's users joined with over the last 30 days; Business plans only (400/200).
export default defineOperation({
  id: 'getClientVersions',
  method: 'GET',
  path: '/metrics/client_versions',
  success: { status: 200, schema: DashboardClientVersionsOut },
  handle({ actor, svc }) {
    return svc.use(DashboardUsage).clientVersions(actor)
  },
})
