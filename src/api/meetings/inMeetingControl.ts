import { MeetingInstances } from '../../domain/meetings/instances.js'
import { defineOperation } from '../../http/operation.js'
import { PastMeetingIdParams, InMeetingControlBody } from '../../schemas/meetings/schemas-past.js'

// Use in-meeting controls — recording, invitations, call-outs and the waiting room of a meeting in progress;
// Zoom answers 202 Accepted with no body.
export default defineOperation({
  id: 'inMeetingControl',
  method: 'PATCH',
  path: '/live_meetings/{meetingId}/events',
  params: PastMeetingIdParams,
  body: InMeetingControlBody,
  success: { status: 202 },
  async handle({ params, body, actor, svc }) {
    await svc.use(MeetingInstances).control(actor, params.meetingId, body.method, body.params)
  },
})
