import { defineOperation } from '../../http/operation.js'
import { effectiveUserSettings } from '../../domain/users/settings.js'
import { addVirtualBackground, readUpload, VIRTUAL_BACKGROUND_MAX_BYTES } from '../../domain/users/uploads.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { VirtualBackgroundUploadBody, VirtualBackgroundUploadResponse } from '../../schemas/users/schemas-settings.js'

// Upload Virtual Background files — multipart field `file`: an image, or a video when the user's settings
// allow videos; at most 15 MB and 10 files per user.
export default defineOperation({
  id: 'uploadVBuser',
  method: 'POST',
  path: '/users/{userId}/settings/virtual_backgrounds',
  params: UserIdParams,
  body: VirtualBackgroundUploadBody,
  multipart: true,
  success: { status: 201, schema: VirtualBackgroundUploadResponse },
  async handle({ params, actor, svc, request }) {
    const user = await svc.users.resolve(actor, params.userId)
    const upload = await readUpload(request, 'file', VIRTUAL_BACKGROUND_MAX_BYTES)
    const settings = await effectiveUserSettings(svc, user)
    return addVirtualBackground(svc, user, upload, settings.in_meeting.virtual_background_settings.allow_videos)
  },
})
