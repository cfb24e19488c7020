import { WebinarPanelists } from '../../domain/webinars/panelists.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { AddPanelistsBody, AddPanelistsResponse } from '../../schemas/webinars/panelists.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'
import { isoSeconds } from '../../util/time.js'

// Add panelists — up to 30 per request; an email already on the list is updated; 400/3000 past the host's
// meeting capacity.
export default defineOperation({
  id: 'webinarPanelistCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/panelists',
  params: WebinarIdParams,
  body: AddPanelistsBody,
  success: { status: 201, schema: AddPanelistsResponse },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    const at = await svc.use(WebinarPanelists).add(w, body.panelists)
    return { id: String(w.id), updated_at: isoSeconds(at) }
  },
})
