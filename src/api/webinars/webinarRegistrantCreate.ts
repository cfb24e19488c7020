import { RegistrantService } from '../../domain/meetings/registrants.js'
import { registrationEnabled } from '../../domain/meetings/meeting.service.js'
import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { AddRegistrantQuery } from '../../schemas/meetings/schemas-registrants.js'
import { AddWebinarRegistrantBody, AddWebinarRegistrantResponse } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Add a webinar registrant — pending or approved by the approval type, within the webinar's registrant limit;
// `source_id` records the tracking source the person came through. Zoom words the "registration is off" refusal
// of this operation apart from the others (400/3000).
export default defineOperation({
  id: 'webinarRegistrantCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/registrants',
  params: WebinarIdParams,
  query: AddRegistrantQuery,
  body: AddWebinarRegistrantBody,
  success: { status: 201, schema: AddWebinarRegistrantResponse },
  async handle({ params, query, body, actor, svc }) {
    const core = svc.use(RegistrantService)
    const target = await core.target(actor, params.webinarId, 'webinar', (w) => {
      if (!registrationEnabled(w)) throw errors.webinarRegistrationNotRequired(w.id)
    })
    return core.add(target, body, query.occurrence_ids)
  },
})
