import { defineOperation } from '../../http/operation.js'
import { telephoneReport } from '../../domain/reports/admin.js'
import { TelephoneOut, TelephoneQuery } from '../../schemas/reports/admin.js'

export default defineOperation({
  id: 'reportTelephone',
  method: 'GET',
  path: '/report/telephone',
  query: TelephoneQuery,
  success: { status: 200, schema: TelephoneOut },
  handle: ({ query, actor, svc }) => telephoneReport(svc, actor.accountId, query),
})
