import { defineOperation } from '../../http/operation.js'
import { signInActivities } from '../../domain/reports/admin.js'
import { ActivitiesOut, ActivitiesQuery } from '../../schemas/reports/admin.js'

export default defineOperation({
  id: 'reportSignInSignOutActivities',
  method: 'GET',
  path: '/report/activities',
  query: ActivitiesQuery,
  success: { status: 200, schema: ActivitiesOut },
  handle: ({ query, actor, svc }) => signInActivities(svc, actor.accountId, query),
})
