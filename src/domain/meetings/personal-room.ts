import type { Services } from '../../services.js'
import type { MeetingRow } from '../../store/meetings.repo.js'
import { randomBytes } from '../../util/random.js'
import { getAccountSettings, type AccountSettings } from '../accounts/settings.js'
import { effectiveUserSettings } from '../users/settings.js'
import type { User } from '../users/user.service.js'
import { newUuid, type MeetingData, type MeetingType } from './meeting.model.js'
import { generatePasscode } from './passcode.js'
import { defaultMeetingSettings } from './settings.js'

/** The stored type of a personal meeting room: a standing meeting on its host's personal meeting ID. */
export const PERSONAL_ROOM_TYPE: MeetingType = 4

/** Personal meeting IDs are ten digits, the first not zero; scheduled meetings have eleven, so the two never meet. */
export function isPersonalNumber(key: string): boolean {
  return /^[1-9]\d{9}$/.test(key)
}

/** A user may hold a personal room while active and with a meeting licence (type 4 users have none). */
export function holdsRoom(user: User | undefined, pmi: number): user is User {
  return !!user && user.status === 'active' && user.type !== 4 && user.doc.pmi === pmi
}

/** The parts of MeetingService a personal room is built and kept with. */
export interface RoomHost {
  applyPasscode(doc: MeetingData, pass: string): Promise<void>
}

/**
 * A personal meeting room is not created by anyone: it comes into being the first time its number is used, and it
 * follows its holder. Its number stops answering when the holder moves to another PMI, loses their meeting
 * licence or leaves, and answers again (same row, so its held instances stay under the number) for whoever
 * holds that PMI next in the account.
 */
export class PersonalRooms {
  constructor(
    private svc: Services,
    private meetings: RoomHost,
  ) {}

  /** The user of the account who holds this PMI now, if any. */
  async holder(accountId: string, pmi: number): Promise<User | undefined> {
    for (const row of await this.svc.users.repo.byPmi(accountId, pmi)) {
      const user = this.svc.users.hydrate(row)
      if (holdsRoom(user, pmi)) return user
    }
    return undefined
  }

  /** A room's document as its holder's settings make it today: their defaults, their PMI passcode rules. */
  async document(user: User): Promise<MeetingData> {
    // The user's settings are built on the account's and leave them cached: read second, those cost no query.
    const mine = await effectiveUserSettings(this.svc, user)
    const account = await getAccountSettings(this.svc, user.account_id)
    // The user's meeting defaults take the place of the account's: they already carry the account's below them.
    const base = {
      ...account,
      schedule_meeting: { ...account.schedule_meeting, ...mine.schedule_meeting },
      in_meeting: { ...account.in_meeting, ...mine.in_meeting },
      recording: { ...account.recording, ...mine.recording },
    } as AccountSettings
    const settings = defaultMeetingSettings(base, PERSONAL_ROOM_TYPE)
    const name = [user.doc.first_name, user.doc.last_name].filter(Boolean).join(' ') || user.email
    const doc: MeetingData = {
      topic: `${name}'s Personal Meeting Room`,
      agenda: '',
      duration: 60,
      timezone: user.doc.timezone || 'UTC',
      password: '',
      settings,
      pre_schedule: false,
      creation_source: 'other',
      registration_token: randomBytes(24).toString('base64url'),
    }
    const sm = mine.schedule_meeting as { pmi_password?: string; require_password_for_pmi_meetings?: string }
    const rule = sm.require_password_for_pmi_meetings ?? 'none'
    const required = rule === 'all' || (rule === 'jbh_only' && settings.join_before_host === true)
    if (required) {
      const requirement = account.schedule_meeting.meeting_password_requirement
      await this.meetings.applyPasscode(doc, sm.pmi_password || generatePasscode(requirement))
    }
    return doc
  }

  /** A new row for the holder's room. */
  async row(user: User, pmi: number): Promise<Omit<MeetingRow, 'seq'>> {
    const now = this.svc.clock.now()
    return {
      id: pmi,
      uuid: newUuid(),
      account_id: user.account_id,
      host_id: user.id,
      kind: 'meeting',
      type: PERSONAL_ROOM_TYPE,
      status: 'waiting',
      start_time: null,
      end_time: null,
      expires_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      data: JSON.stringify(await this.document(user)),
    }
  }
}
