import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { UpdateWebinarBody, UpdateWebinarQuery, WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Update a webinar — PATCH: only the given fields change; with occurrence_id, only that occurrence. A webinar in
// progress is refused with 3000.
export default defineOperation({
  id: 'webinarUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}',
  params: WebinarIdParams,
  query: UpdateWebinarQuery,
  body: UpdateWebinarBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(MeetingService).update(actor, w, body, { occurrenceId: query.occurrence_id })
  },
})
