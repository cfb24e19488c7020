import type { Meeting } from './meeting.service.js'

/**
 * Why Zoom holds no one in this meeting's waiting room, or undefined when it does: webinars have none, and a
 * meeting holds guests while its waiting_room setting is on. `setting: false` asks only whether it can have one at
 * all, for whoever is already waiting when the setting is turned off.
 */
export function waitingRoomProblem(m: Meeting, { setting = true } = {}): string | undefined {
  if (m.kind === 'webinar') return `Webinar ${m.id} has no waiting room.`
  if (setting && m.doc.settings.waiting_room !== true) return `The waiting_room setting of meeting ${m.id} is off.`
  return undefined
}
