import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { UserIdParams } from '../../schemas/meetings/schemas.js'
import { CreateWebinarBody, WebinarOut } from '../../schemas/webinars/schemas.js'

// Create a webinar — for a host holding a webinar licence (400/200 otherwise), types 5, 6 and 9, a recurring
// series of at most 50 occurrences; at most 100 creates/updates per host per UTC day.
export default defineOperation({
  id: 'webinarCreate',
  method: 'POST',
  path: '/users/{userId}/webinars',
  params: UserIdParams,
  body: CreateWebinarBody,
  success: { status: 201, schema: WebinarOut },
  async handle({ params, body, actor, svc }) {
    const webinars = svc.use(WebinarService)
    // The licence is the host's: with `schedule_for`, the user of the path only schedules (the core checks the host).
    const user = await svc.users.resolve(actor, params.userId)
    const { default_passcode, ...input } = body
    const w = await webinars.create(actor, user, { ...input, default_password: default_passcode })
    return webinars.present(w, { host: w.host_id === user.id ? user : undefined })
  },
})
