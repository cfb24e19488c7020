import { defineOperation } from '../../http/operation.js'
import { removeVirtualBackgrounds } from '../../domain/users/uploads.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { DeleteVirtualBackgroundsQuery } from '../../schemas/users/schemas-settings.js'

// Delete Virtual Background files — `file_ids` (comma separated) must all be the user's files; 204.
export default defineOperation({
  id: 'delUserVB',
  method: 'DELETE',
  path: '/users/{userId}/settings/virtual_backgrounds',
  params: UserIdParams,
  query: DeleteVirtualBackgroundsQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeVirtualBackgrounds(svc, user, query.file_ids)
  },
})
