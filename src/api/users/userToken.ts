import { defineOperation } from '../../http/operation.js'
import { issueUserToken } from '../../domain/users/credentials.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserTokenQuery, UserTokenResponse } from '../../schemas/users/schemas-profile.js'

// Get a user's token — GET /users/{userId}/token?type=token|zak (token by default).
export default defineOperation({
  id: 'userToken',
  method: 'GET',
  path: '/users/{userId}/token',
  params: UserIdParams,
  query: UserTokenQuery,
  success: { status: 200, schema: UserTokenResponse },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return { token: await issueUserToken(svc, user, query.type ?? 'token', query.ttl) }
  },
})
