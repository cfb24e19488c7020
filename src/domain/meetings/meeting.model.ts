import type { Json } from '../../util/json.js'
import { timeOrderedBytes } from '../../util/random.js'
import type { Recurrence } from './recurrence.js'

/**
 * 16 bytes in standard base64: 24 characters ending in `==`, like Zoom's meeting UUIDs. The first six bytes are
 * the time, so the UUIDs of meetings created together share index pages.
 */
export function newUuid(): string {
  return timeOrderedBytes().toString('base64')
}

/** One occurrence of a recurring meeting as stored; its id is the epoch ms of its original start and never changes. */
export interface StoredOccurrence extends Json {
  occurrence_id: string
  start: number
  duration: number
  status: 'available' | 'deleted'
  /** Per-occurrence changes (PATCH …?occurrence_id=): agenda and a few settings. */
  agenda?: string
  settings?: Json
}

export interface TrackingFieldValue extends Json {
  field: string
  value?: string
  /** As the account defines the field; absent on meetings stored before fields were checked. */
  visible?: boolean
}

/** The part of a meeting kept in the `data` column. */
export interface MeetingData extends Json {
  topic: string
  agenda: string
  /** Minutes. */
  duration: number
  timezone: string
  /** The meeting-level start as scheduled (types 2 and 8; type 8's occurrences derive from it). */
  scheduled_start?: number
  password: string
  encrypted_password?: string
  h323_password?: string
  pstn_password?: string
  settings: Json
  recurrence?: Recurrence
  occurrences?: StoredOccurrence[]
  tracking_fields?: TrackingFieldValue[]
  pre_schedule: boolean
  /** The user who scheduled it for the host (`schedule_for`), shown as `assistant_id`. */
  assistant_id?: string
  creation_source: 'open_api' | 'web_portal' | 'other'
  template_id?: string
  /** Opaque part of `registration_url`, fixed at creation. */
  registration_token: string
  /** Start of the instance in progress (status `started`). */
  instance_started_at?: number
  /** When the last instance ended. */
  last_ended_at?: number
}

export const MEETING_TYPES = [1, 2, 3, 8] as const
/** 4 is a personal meeting room (personal-room.ts): never created or listed through the API. */
export type MeetingType = 1 | 2 | 3 | 4 | 8

export const DAY_MS = 86_400_000
/** A deleted meeting stays recoverable this long (Zoom's "Recently Deleted"). */
export const RECOVERY_WINDOW_MS = 7 * DAY_MS
