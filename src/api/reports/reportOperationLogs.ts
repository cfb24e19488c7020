import { defineOperation } from '../../http/operation.js'
import { operationLogs } from '../../domain/reports/admin.js'
import { OperationLogsOut, OperationLogsQuery } from '../../schemas/reports/admin.js'

export default defineOperation({
  id: 'reportOperationLogs',
  method: 'GET',
  path: '/report/operationlogs',
  query: OperationLogsQuery,
  success: { status: 200, schema: OperationLogsOut },
  handle: ({ query, actor, svc }) => operationLogs(svc, actor.accountId, query),
})
