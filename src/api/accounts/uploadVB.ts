import { defineOperation } from '../../http/operation.js'
import { addAccountBackground } from '../../domain/accounts/virtual-backgrounds.js'
import { readUpload, VIRTUAL_BACKGROUND_MAX_BYTES } from '../../domain/users/uploads.js'
import { AccountIdParams, VirtualBackgroundBody, VirtualBackgroundResponse } from '../../schemas/accounts/schemas.js'

// Upload virtual background files — multipart field `file`: an image (or a video when allowed), at most 15 MB
// and 10 files per account.
export default defineOperation({
  id: 'uploadVB',
  method: 'POST',
  path: '/accounts/{accountId}/settings/virtual_backgrounds',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: VirtualBackgroundBody,
  multipart: true,
  success: { status: 201, schema: VirtualBackgroundResponse },
  async handle({ actor, svc, request }) {
    return addAccountBackground(svc, actor.accountId, await readUpload(request, 'file', VIRTUAL_BACKGROUND_MAX_BYTES))
  },
})
