import { MeetingInstances } from '../../domain/meetings/instances.js'

import { defineOperation } from '../../http/operation.js'
import { PastMeetingIdParams, PastMeetingInstancesOut } from '../../schemas/meetings/schemas-past.js'
import { isoSeconds } from '../../util/time.js'

// List past meeting instances — every ended instance of a meeting number, oldest first.
export default defineOperation({
  id: 'pastMeetings',
  method: 'GET',
  path: '/past_meetings/{meetingId}/instances',
  params: PastMeetingIdParams,
  success: { status: 200, schema: PastMeetingInstancesOut },
  async handle({ params, actor, svc }) {
    const list = await svc.use(MeetingInstances).endedInstances(actor, params.meetingId)
    return { meetings: list.map((i) => ({ uuid: i.uuid, start_time: isoSeconds(i.start_time) })) }
  },
})
