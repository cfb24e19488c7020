import { WebinarPanelists } from '../../domain/webinars/panelists.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PanelistParams } from '../../schemas/webinars/panelists.js'

// Remove a panelist — named by panelist id or email; 404/1001 when the webinar has no such panelist.
export default defineOperation({
  id: 'webinarPanelistDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/panelists/{panelistId}',
  params: PanelistParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(WebinarPanelists).remove(w, params.panelistId)
  },
})
