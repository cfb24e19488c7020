import { defineOperation } from '../../http/operation.js'
import { removeProfilePicture } from '../../domain/users/uploads.js'
import { UserIdParams } from '../../schemas/users/schemas.js'

// Delete a user's profile picture — 204, also when there was none.
export default defineOperation({
  id: 'userPictureDelete',
  method: 'DELETE',
  path: '/users/{userId}/picture',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeProfilePicture(svc, user)
  },
})
