import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { DeleteBrandingBackgroundsQuery } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Delete a webinar's branding Virtual Backgrounds — `ids` is a comma-separated list, each one of the webinar's.
export default defineOperation({
  id: 'deleteWebinarBrandingVB',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: WebinarIdParams,
  query: DeleteBrandingBackgroundsQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    await branding.deleteBackgrounds(await branding.open(actor, params.webinarId), query.ids)
  },
})
