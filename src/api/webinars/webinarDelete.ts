import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { DeleteWebinarQuery, WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Delete a webinar — the whole series, or one occurrence; 3002 while it is in progress. The reminder flag is
// accepted; this server sends no email.
export default defineOperation({
  id: 'webinarDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}',
  params: WebinarIdParams,
  query: DeleteWebinarQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(MeetingService).delete(actor, w, { occurrenceId: query.occurrence_id })
  },
})
