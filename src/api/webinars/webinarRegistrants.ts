import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { ListWebinarRegistrantsQuery, ListWebinarRegistrantsResponse } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// List webinar registrants — one status at a time (approved unless asked), narrowed to an occurrence or to those
// who came through one tracking source, page by page.
export default defineOperation({
  id: 'webinarRegistrants',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants',
  params: WebinarIdParams,
  query: ListWebinarRegistrantsQuery,
  success: { status: 200, schema: ListWebinarRegistrantsResponse },
  async handle({ params, query, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    const { items, ...page } = await core.list(w, query)
    const registrants = []
    for (const r of items) registrants.push(await core.present(w, r))
    return { ...page, registrants }
  },
})
