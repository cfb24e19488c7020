import { defineOperation } from '../../http/operation.js'
import { presentUser, userRelations } from '../../domain/users/user.present.js'
import { served } from '../../schemas/kit.js'
import { LoginType, User, UserIdParams } from '../../schemas/users/schemas.js'
import { Type } from 'typebox'

// Get a user — by id, email or `me`.
export default defineOperation({
  id: 'user',
  method: 'GET',
  path: '/users/{userId}',
  params: UserIdParams,
  query: Type.Object({
    login_type: Type.Optional(LoginType),
    // An encrypted email is never read: the user is looked up as when this is false.
    encrypted_email: Type.Optional(Type.Boolean(served({ default: false }))),
    search_by_unique_id: Type.Optional(Type.Boolean()),
  }),
  success: { status: 200, schema: User },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const [account, rel] = await Promise.all([svc.accounts.getCached(user.account_id), userRelations(svc, user)])
    return presentUser(svc, user, account ? svc.accounts.accountNumber(account) : undefined, rel)
  },
})
