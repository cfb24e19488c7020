import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { RegistrantStatusBody, RegistrantStatusQuery } from '../../schemas/meetings/schemas-registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Update registrant's status — approve, deny, or cancel an approval; approvals past the webinar's registrant
// limit are refused (400/3035).
export default defineOperation({
  id: 'webinarRegistrantStatus',
  method: 'PUT',
  path: '/webinars/{webinarId}/registrants/status',
  params: WebinarIdParams,
  query: RegistrantStatusQuery,
  body: RegistrantStatusBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    await core.updateStatus(actor, w, body.action, body.registrants, query.occurrence_id)
  },
})
