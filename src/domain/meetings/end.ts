import type { Services } from '../../services.js'
import { WebinarLive } from '../webinars/live.js'
import { MeetingInstances } from './instances.js'
import { MeetingService, type Meeting } from './meeting.service.js'
import { PollService } from './polls.js'

/**
 * Ends a held meeting or webinar as its host does, whoever asks (`PUT …/status {action: end}` or the simulator):
 * everyone leaves, the instance closes, `*.ended` says whether a webinar ended in its practice session, and polls
 * launched during it are over. One that is not running stays as it is.
 */
export async function endHeld(svc: Services, m: Meeting): Promise<Meeting> {
  if (m.status !== 'started') return m
  const live = await svc.use(MeetingInstances).live(m)
  const after = await svc.use(MeetingService).end(m, svc.use(WebinarLive).endedObject(m, live))
  await svc.use(PollService).endLaunched(m)
  return after
}
