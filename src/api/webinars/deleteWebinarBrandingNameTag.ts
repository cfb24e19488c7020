import { WebinarBranding } from '../../domain/webinars/branding.js'
import { defineOperation } from '../../http/operation.js'
import { DeleteNameTagsQuery } from '../../schemas/webinars/branding.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Delete a webinar's branding name tags — `name_tag_ids` is a comma-separated list, each one of the webinar's.
export default defineOperation({
  id: 'deleteWebinarBrandingNameTag',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/name_tags',
  params: WebinarIdParams,
  query: DeleteNameTagsQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const branding = svc.use(WebinarBranding)
    await branding.deleteNameTags(await branding.open(actor, params.webinarId), query.name_tag_ids)
  },
})
