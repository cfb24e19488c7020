import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { NameTagCreateBody, NameTagOut } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Create a webinar's branding name tag — 201 with the tag; at most 20 per webinar (400/3000 beyond), and 400/3000
// while session branding is off.
export default defineOperation({
  id: 'createWebinarBrandingNameTag',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/name_tags',
  params: WebinarIdParams,
  body: NameTagCreateBody,
  success: { status: 201, schema: NameTagOut },
  async handle({ params, body, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    return branding.createNameTag(await branding.open(actor, params.webinarId), body)
  },
})
