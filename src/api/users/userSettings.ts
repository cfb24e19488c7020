import type { Static } from 'typebox'
import { defineOperation } from '../../http/operation.js'
import { filterFieldList } from '../../domain/settings/fields.js'
import { readUserSettings } from '../../domain/users/settings.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserSettingsQuery, UserSettingsResponse } from '../../schemas/users/schemas-settings.js'

// Get user settings — the whole document, or one of the option sub-documents; custom_query_fields keeps only
// the named fields.
export default defineOperation({
  id: 'userSettings',
  method: 'GET',
  path: '/users/{userId}/settings',
  params: UserIdParams,
  query: UserSettingsQuery,
  success: { status: 200, schema: UserSettingsResponse },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const doc = await readUserSettings(svc, user, query.option)
    return filterFieldList(doc, query.custom_query_fields) as Static<typeof UserSettingsResponse>
  },
})
