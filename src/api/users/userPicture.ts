import { defineOperation } from '../../http/operation.js'
import { PICTURE_MAX_BYTES, readUpload, setProfilePicture } from '../../domain/users/uploads.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { PictureUploadBody } from '../../schemas/users/schemas-settings.js'

// Upload a user's profile picture — multipart field `pic_file`, jpg/jpeg or png up to 2 MB; 201 without a body.
export default defineOperation({
  id: 'userPicture',
  method: 'POST',
  path: '/users/{userId}/picture',
  params: UserIdParams,
  body: PictureUploadBody,
  multipart: true,
  success: { status: 201 },
  async handle({ params, actor, svc, request }) {
    const user = await svc.users.resolve(actor, params.userId)
    await setProfilePicture(svc, user, await readUpload(request, 'pic_file', PICTURE_MAX_BYTES))
  },
})
