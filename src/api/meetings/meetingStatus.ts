import { endHeld } from '../../domain/meetings/end.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams, MeetingStatusBody } from '../../schemas/meetings/schemas.js'

// Update meeting status — `end` ends the instance in progress; `recover` brings back a deleted meeting.
export default defineOperation({
  id: 'meetingStatus',
  method: 'PUT',
  path: '/meetings/{meetingId}/status',
  params: MeetingIdParams,
  body: MeetingStatusBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const meetings = svc.use(MeetingService)
    if (body.action === 'recover') {
      await meetings.recover(actor, await meetings.resolveForActor(actor, params.meetingId, { includeDeleted: true }))
    } else {
      await endHeld(svc, await meetings.resolveForActor(actor, params.meetingId))
    }
  },
})
