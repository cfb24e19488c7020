import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Delete a webinar's branding wallpaper — 400/300 when the webinar has none.
export default defineOperation({
  id: 'deleteWebinarBrandingWallpaper',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/wallpaper',
  params: WebinarIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    await branding.deleteWallpaper(await branding.open(actor, params.webinarId))
  },
})
