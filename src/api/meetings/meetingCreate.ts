import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { CreateMeetingBody, MeetingOut, UserIdParams } from '../../schemas/meetings/schemas.js'

// Create a meeting — for the user, or with `schedule_for` for another user of the account. At most 100
// creates/updates per host per UTC day.
export default defineOperation({
  id: 'meetingCreate',
  method: 'POST',
  path: '/users/{userId}/meetings',
  params: UserIdParams,
  body: CreateMeetingBody,
  success: { status: 201, schema: MeetingOut },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const meetings = svc.use(MeetingService)
    const m = await meetings.create(actor, user, body)
    // With `schedule_for` naming someone else, the host is that user, not the one of the path.
    return meetings.present(m, { host: m.host_id === user.id ? user : undefined })
  },
})
