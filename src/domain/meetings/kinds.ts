import { errors } from '../../errors/catalog.js'
import type { ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import type { AccountSettings } from '../accounts/settings.js'
import { effectiveUserSettings } from '../users/settings.js'
import type { User } from '../users/user.service.js'
import { defaultWebinarSettings, WEBINAR_OCCURRENCE_SETTINGS } from '../webinars/settings.js'
import type { MeetingType } from './meeting.model.js'
import { MAX_OCCURRENCES } from './recurrence.js'
import { WEBINAR_PASSCODE_SPECIALS } from './passcode.js'
import { defaultMeetingSettings, OCCURRENCE_SETTINGS } from './settings.js'

/**
 * Meetings and webinars are one model. A kind decides only what clients see differently: the type numbers, the
 * join and registration paths, the default topic, the event names and a few error texts. Everything else
 * (scheduling, recurrence, passcodes, registrants, polls, instances) is the meeting core's, for both.
 */
export type Kind = 'meeting' | 'webinar'

export interface KindSpec {
  kind: Kind
  /** The type a client sees for each stored schedule form; a form missing here is not one of the kind's. */
  publicTypes: Partial<Record<MeetingType, number>>
  defaultTopic: string
  /** The path segment of join links: `/j/{id}` for meetings, `/w/{id}` for webinars. */
  joinPath: string
  /** Most occurrences one recurring series schedules. */
  maxOccurrences: number
  /** The special characters a passcode may hold besides letters and digits. */
  passcodeSpecials: string
  /** The settings one occurrence of a recurring series may change on its own. */
  occurrenceSettings: readonly string[]
  defaultSettings(account: AccountSettings, type: MeetingType): Json
  /** Whether the account makes a new one of this type carry a passcode. */
  passcodeRequired(account: AccountSettings, type: MeetingType): boolean
  /** Refuses a host who may not hold this kind (a webinar needs the host's webinar licence). */
  mayHost(svc: Services, host: User): Promise<void>
  notFound(id: string | number): ZoomError
  inProgressNoDelete(): ZoomError
  dailyLimit(): ZoomError
}

export const MEETING_KIND: KindSpec = {
  kind: 'meeting',
  publicTypes: { 1: 1, 2: 2, 3: 3, 8: 8 },
  defaultTopic: 'Zoom Meeting',
  joinPath: 'j',
  maxOccurrences: MAX_OCCURRENCES,
  passcodeSpecials: '@-_*',
  occurrenceSettings: OCCURRENCE_SETTINGS,
  defaultSettings: defaultMeetingSettings,
  passcodeRequired: (account, type) =>
    type === 1
      ? account.schedule_meeting.require_password_for_instant_meetings === true
      : account.schedule_meeting.require_password_for_scheduling_new_meetings === true,
  mayHost: async () => {},
  notFound: (id) => errors.meetingNotFound(id),
  inProgressNoDelete: () => errors.meetingInProgressNoDelete(),
  dailyLimit: () => errors.meetingDailyLimit(),
}

export const WEBINAR_KIND: KindSpec = {
  kind: 'webinar',
  publicTypes: { 2: 5, 3: 6, 8: 9 },
  defaultTopic: 'Zoom Webinar',
  joinPath: 'w',
  maxOccurrences: 50,
  passcodeSpecials: WEBINAR_PASSCODE_SPECIALS,
  occurrenceSettings: WEBINAR_OCCURRENCE_SETTINGS,
  defaultSettings: defaultWebinarSettings,
  passcodeRequired: (account) => account.security?.require_password_for_scheduled_webinar === true,
  mayHost: requireWebinarLicence,
  notFound: (id) => errors.webinarNotFound(id),
  inProgressNoDelete: () => errors.webinarInProgressNoDelete(),
  dailyLimit: () => errors.webinarDailyLimit(),
}

/** 400/200 "Webinar plan is missing…" unless the user holds a webinar licence with seats. */
export async function requireWebinarLicence(svc: Services, user: User): Promise<void> {
  const feature = (await effectiveUserSettings(svc, user)).feature
  if (feature.webinar !== true || !(Number(feature.webinar_capacity) > 0)) throw errors.webinarPlanMissing(user.id)
}

const KINDS: Record<Kind, KindSpec> = { meeting: MEETING_KIND, webinar: WEBINAR_KIND }

export function isKind(value: string): value is Kind {
  return value === 'meeting' || value === 'webinar'
}

/** The spec of a stored row's kind (rows written before webinars existed are meetings). */
export function kindOf(m: { kind: string }): KindSpec {
  return isKind(m.kind) ? KINDS[m.kind] : MEETING_KIND
}

/** The type number a client sees for a stored row. */
export function publicType(m: { kind: string; type: number }): number {
  return kindOf(m).publicTypes[m.type as MeetingType] ?? m.type
}

/** The stored schedule form of a type number a client sent for this kind. */
export function storedForm(spec: KindSpec, type: number): MeetingType {
  for (const [form, shown] of Object.entries(spec.publicTypes)) if (shown === type) return Number(form) as MeetingType
  throw errors.validation([{ field: 'type', message: 'Invalid field.' }])
}

/** The event `name` of this kind (`meeting.created`, `webinar.created`…). */
export function kindEvent<N extends KindEventName>(m: { kind: string }, name: N): `${Kind}.${N}` {
  return `${kindOf(m).kind}.${name}`
}

/** The events both kinds emit under their own prefix. */
export type KindEventName =
  | 'created'
  | 'updated'
  | 'deleted'
  | 'recovered'
  | 'started'
  | 'ended'
  | 'participant_joined'
  | 'participant_left'
  | 'sharing_started'
  | 'sharing_ended'
  | 'registration_created'
  | 'registration_approved'
  | 'registration_denied'
  | 'registration_cancelled'
