import { BRANDING_FILE_MAX_BYTES, WebinarBranding } from '../../domain/webinars/branding.js'
import { readUpload } from '../../domain/users/uploads.js'
import { defineOperation } from '../../http/operation.js'
import { BrandingWallpaperOut, BrandingWallpaperUploadBody } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Upload a webinar's branding wallpaper — multipart field `file`: a JPG/JPEG, GIF or PNG image of at most 15 MB
// (400/120 otherwise), replacing the webinar's wallpaper.
export default defineOperation({
  id: 'uploadWebinarBrandingWallpaper',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/wallpaper',
  params: WebinarIdParams,
  body: BrandingWallpaperUploadBody,
  multipart: true,
  success: { status: 201, schema: BrandingWallpaperOut },
  async handle({ params, actor, svc, request }) {
    const branding = svc.use(WebinarBranding)
    const w = await branding.open(actor, params.webinarId)
    return branding.uploadWallpaper(w, await readUpload(request, 'file', BRANDING_FILE_MAX_BYTES))
  },
})
