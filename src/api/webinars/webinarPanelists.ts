import { WebinarPanelists } from '../../domain/webinars/panelists.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PanelistListOut } from '../../schemas/webinars/panelists.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// List panelists — every panelist of the webinar (all occurrences share them), each with a personal join link.
export default defineOperation({
  id: 'webinarPanelists',
  method: 'GET',
  path: '/webinars/{webinarId}/panelists',
  params: WebinarIdParams,
  success: { status: 200, schema: PanelistListOut },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    const panelists = svc.use(WebinarPanelists)
    const list = await panelists.list(w)
    const out = []
    for (const p of list) out.push(await panelists.present(w, p))
    return { total_records: out.length, panelists: out }
  },
})
