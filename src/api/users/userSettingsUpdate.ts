import { defineOperation } from '../../http/operation.js'
import { updateUserSettings } from '../../domain/users/settings.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserSettingsUpdateBody, UserSettingsUpdateQuery } from '../../schemas/users/schemas-settings.js'

// Update user settings — 204. Zoom's 2022 document labels the 204 response "200"; clients see 204.
export default defineOperation({
  id: 'userSettingsUpdate',
  method: 'PATCH',
  path: '/users/{userId}/settings',
  params: UserIdParams,
  query: UserSettingsUpdateQuery,
  body: UserSettingsUpdateBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await updateUserSettings(svc, user, body ?? {}, query.option, UserSettingsUpdateBody)
  },
})
