import { BRANDING_FILE_MAX_BYTES, WebinarBranding } from '../../domain/webinars/branding.js'
import { readUpload } from '../../domain/users/uploads.js'
import { defineOperation } from '../../http/operation.js'
import { BrandingBackgroundOut, BrandingBackgroundUploadBody } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Upload a webinar's branding Virtual Background — multipart field `file`: a JPG/JPEG, GIF or PNG image of at most
// 15 MB, 10 per webinar (400/120 otherwise).
export default defineOperation({
  id: 'uploadWebinarBrandingVB',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: WebinarIdParams,
  body: BrandingBackgroundUploadBody,
  multipart: true,
  success: { status: 201, schema: BrandingBackgroundOut },
  async handle({ params, actor, svc, request }) {
    const branding = svc.use(WebinarBranding)
    const w = await branding.open(actor, params.webinarId)
    return branding.uploadBackground(w, await readUpload(request, 'file', BRANDING_FILE_MAX_BYTES))
  },
})
