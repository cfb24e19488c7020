import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarBrandingOut } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Get webinar's session branding — its wallpaper, virtual backgrounds and name tags, defaults marked; 400/3000 while
// the webinar's session branding setting is off.
export default defineOperation({
  id: 'getWebinarBranding',
  method: 'GET',
  path: '/webinars/{webinarId}/branding',
  params: WebinarIdParams,
  success: { status: 200, schema: WebinarBrandingOut },
  async handle({ params, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    return branding.get(await branding.open(actor, params.webinarId))
  },
})
