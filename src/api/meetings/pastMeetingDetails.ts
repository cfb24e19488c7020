import { MeetingInstances } from '../../domain/meetings/instances.js'
import { defineOperation } from '../../http/operation.js'
import { PastMeetingDetailsOut, PastMeetingIdParams } from '../../schemas/meetings/schemas-past.js'

// Get past meeting details — by instance UUID, or by meeting number for its latest ended instance.
export default defineOperation({
  id: 'pastMeetingDetails',
  method: 'GET',
  path: '/past_meetings/{meetingId}',
  params: PastMeetingIdParams,
  success: { status: 200, schema: PastMeetingDetailsOut },
  async handle({ params, actor, svc }) {
    const instances = svc.use(MeetingInstances)
    return instances.presentPast(await instances.past(actor, params.meetingId))
  },
})
