import { errors } from '../../errors/catalog.js'
import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import { BatchRegistrantsBody, BatchRegistrantsResponse } from '../../schemas/meetings/schemas-registrants.js'

// Perform batch registration — up to 30 people for a scheduled meeting (type 2), all or none. Zoom documents
// 200 here, not 201. No confirmation email is sent by this server, whatever `registrants_confirmation_email` says.
export default defineOperation({
  id: 'addBatchRegistrants',
  method: 'POST',
  path: '/meetings/{meetingId}/batch_registrants',
  params: MeetingIdParams,
  body: BatchRegistrantsBody,
  success: { status: 200, schema: BatchRegistrantsResponse },
  async handle({ params, body, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const target = await registrants.target(actor, params.meetingId, 'meeting', (m) => {
      if (m.type !== 2) throw errors.batchScheduledOnly()
    })
    return registrants.batch(target, body)
  },
})
