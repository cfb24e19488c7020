import { defineOperation } from '../../http/operation.js'
import { userSummary } from '../../domain/users/lifecycle.js'
import { UserSummaryResponse } from '../../schemas/users/schemas-profile.js'

// Get user summary — GET /users/summary. A static path, so it is never taken for /users/{userId}.
export default defineOperation({
  id: 'userSummary',
  method: 'GET',
  path: '/users/summary',
  success: { status: 200, schema: UserSummaryResponse },
  async handle({ actor, svc }) {
    return userSummary(svc, actor.accountId)
  },
})
