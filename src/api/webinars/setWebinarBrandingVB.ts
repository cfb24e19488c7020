import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { SetBrandingBackgroundQuery } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Set webinar's default branding Virtual Background — `id` names one of the webinar's backgrounds (400/300 if not).
export default defineOperation({
  id: 'setWebinarBrandingVB',
  method: 'PATCH',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: WebinarIdParams,
  query: SetBrandingBackgroundQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    const w = await branding.open(actor, params.webinarId)
    await branding.setDefaultBackground(w, query.id, query.set_default_for_all_panelists)
  },
})
