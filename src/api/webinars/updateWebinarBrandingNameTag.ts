import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { NameTagParams, NameTagUpdateBody } from '../../schemas/webinars/branding.js'

// Update a webinar's branding name tag — only the fields sent; 400/300 for a name tag the webinar does not have.
export default defineOperation({
  id: 'updateWebinarBrandingNameTag',
  method: 'PATCH',
  path: '/webinars/{webinarId}/branding/name_tags/{nameTagId}',
  params: NameTagParams,
  body: NameTagUpdateBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    await branding.updateNameTag(await branding.open(actor, params.webinarId), params.nameTagId, body)
  },
})
