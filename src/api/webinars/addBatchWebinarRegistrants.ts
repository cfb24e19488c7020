import { RegistrantService } from '../../domain/meetings/registrants.js'
import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarBatchRegistrantsBody, WebinarBatchRegistrantsResponse } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Perform batch registration — 1 to 30 people for a scheduled webinar (type 5), all or none; Zoom documents 200.
export default defineOperation({
  id: 'addBatchWebinarRegistrants',
  method: 'POST',
  path: '/webinars/{webinarId}/batch_registrants',
  params: WebinarIdParams,
  body: WebinarBatchRegistrantsBody,
  success: { status: 200, schema: WebinarBatchRegistrantsResponse },
  async handle({ params, body, actor, svc }) {
    const core = svc.use(RegistrantService)
    // The stored form 2 is what clients see as type 5.
    const target = await core.target(actor, params.webinarId, 'webinar', (w) => {
      if (w.type !== 2) throw errors.webinarBatchScheduledOnly()
    })
    return core.batch(target, body)
  },
})
