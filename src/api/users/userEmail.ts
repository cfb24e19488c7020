import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { EMAIL_LOGIN } from '../../domain/users/user.model.js'
import { UserEmailQuery, UserEmailResponse } from '../../schemas/users/schemas-profile.js'

// Check a user email — GET /users/email?email=. Zoom answers only for the caller's own account and only for users
// who signed up with email, so an address held in another account, or by an SSO or social-login user, is false.
export default defineOperation({
  id: 'userEmail',
  method: 'GET',
  path: '/users/email',
  query: UserEmailQuery,
  success: { status: 200, schema: UserEmailResponse },
  async handle({ query, actor, svc }) {
    const email = query.email?.trim()
    if (!email) throw errors.emailRequired()
    const user = await svc.users.byEmail(actor.accountId, email)
    return { existed_email: !!user && user.doc.login_types.includes(EMAIL_LOGIN) }
  },
})
