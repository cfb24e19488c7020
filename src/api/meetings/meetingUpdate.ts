import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams, UpdateMeetingBody, UpdateMeetingQuery } from '../../schemas/meetings/schemas.js'

// Update a meeting — PATCH: only the given fields change; with occurrence_id, only that occurrence.
export default defineOperation({
  id: 'meetingUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}',
  params: MeetingIdParams,
  query: UpdateMeetingQuery,
  body: UpdateMeetingBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const meetings = svc.use(MeetingService)
    const m = await meetings.resolveForActor(actor, params.meetingId)
    await meetings.update(actor, m, body, { occurrenceId: query.occurrence_id })
  },
})
