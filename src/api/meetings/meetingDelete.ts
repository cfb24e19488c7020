import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingDeleteQuery } from '../../schemas/meetings/schemas.gen.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Delete a meeting — the whole series, or one occurrence (it stays listed as deleted). A deleted meeting can
// be recovered for 7 days. The reminder flags are accepted; this server sends no email.
export default defineOperation({
  id: 'meetingDelete',
  method: 'DELETE',
  path: '/meetings/{meetingId}',
  params: MeetingIdParams,
  query: MeetingDeleteQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const meetings = svc.use(MeetingService)
    const m = await meetings.resolveForActor(actor, params.meetingId)
    await meetings.delete(actor, m, { occurrenceId: query.occurrence_id })
  },
})
