import { PastWebinars } from '../../domain/webinars/past.js'
import { defineOperation } from '../../http/operation.js'
import { PastWebinarIdParams, PastWebinarInstancesOut } from '../../schemas/webinars/past.js'
import { isoSeconds } from '../../util/time.js'

// List past webinar instances — every ended instance of a webinar, oldest first (a year back).
export default defineOperation({
  id: 'pastWebinars',
  method: 'GET',
  path: '/past_webinars/{webinarId}/instances',
  params: PastWebinarIdParams,
  success: { status: 200, schema: PastWebinarInstancesOut },
  async handle({ params, actor, svc }) {
    const list = await svc.use(PastWebinars).ended(actor, params.webinarId)
    return { webinars: list.map((i) => ({ uuid: i.uuid, start_time: isoSeconds(i.start_time) })) }
  },
})
