import { defineOperation } from '../../http/operation.js'
import { billingReports } from '../../domain/reports/admin.js'
import { BillingReportsOut } from '../../schemas/reports/admin.js'

export default defineOperation({
  id: 'getBillingReport',
  method: 'GET',
  path: '/report/billing',
  success: { status: 200, schema: BillingReportsOut },
  handle: ({ actor, svc }) => billingReports(svc, actor.accountId),
})
