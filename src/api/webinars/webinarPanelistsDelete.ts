import { WebinarPanelists } from '../../domain/webinars/panelists.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Remove webinar panelists — all of them at once; 204 even when there were none.
export default defineOperation({
  id: 'webinarPanelistsDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/panelists',
  params: WebinarIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(WebinarPanelists).removeAll(w)
  },
})
