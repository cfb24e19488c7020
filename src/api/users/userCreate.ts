import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { planTier } from '../../domain/accounts/plan-tier.js'
import { passwordRules } from '../../domain/users/credentials.js'
import { InviteDailyLimit } from '../../domain/users/invite-limit.js'
import { checkPassword } from '../../domain/users/password.js'
import { CreateUserBody, CreateUserResponse } from '../../schemas/users/schemas.js'

// Create users — POST /users. `create` invites (pending until confirmed); the other actions make an active user.
export default defineOperation({
  id: 'userCreate',
  method: 'POST',
  path: '/users',
  body: CreateUserBody,
  success: { status: 201, schema: CreateUserResponse },
  async handle({ body, actor, svc }) {
    const info = body.user_info
    const account = await svc.accounts.getCached(actor.accountId)
    if (!account) throw errors.accountNotFound(actor.accountId)
    if (info.type === 2 && planTier(account.plan) === 'free') throw errors.noPermission('No privilege.')
    if (info.type === 99 && body.action !== 'ssoCreate') throw errors.badRequest('Invalid parameter: type')
    if (body.action === 'autoCreate' && !info.password) throw errors.badRequest('Invalid parameter: password')
    // The password is used by autoCreate only; other actions let the user choose one.
    const password = body.action === 'autoCreate' ? info.password : undefined
    if (password !== undefined)
      checkPassword(password, {
        rules: await passwordRules(svc, actor.accountId),
        invalidAs: 'Invalid parameter: password',
      })
    if (body.action === 'create') svc.use(InviteDailyLimit).take(actor.accountId, account.plan)
    const user = await svc.users.create(actor.accountId, { ...info, action: body.action, password })
    await svc.events.emit({
      event: 'user.created',
      accountId: actor.accountId,
      object: {
        id: user.id,
        first_name: user.doc.first_name,
        last_name: user.doc.last_name,
        display_name: user.doc.display_name,
        email: user.email,
        type: user.type,
      },
      payload: {
        operator: (actor.userId && (await svc.users.byId(actor.callerAccountId, actor.userId))?.email) || '',
        operator_id: actor.userId ?? '',
        creation_type: body.action,
      },
    })
    return {
      id: user.id,
      first_name: user.doc.first_name,
      last_name: user.doc.last_name,
      email: user.email,
      type: user.type as 1 | 2 | 4 | 99,
    }
  },
})
