import type { Generated } from 'kysely'

/**
 * One person's registration for a meeting: one per meeting and email (case-insensitive). The columns carry what
 * lists filter on; `data` holds the answers (name, address, custom questions…) and the participant PIN as JSON.
 */
export interface MeetingRegistrantTable {
  seq: Generated<number>
  /** The registrant id (22 characters), unique across the database. */
  id: string
  account_id: string
  meeting_id: number
  /** Lower-cased, for the one-registration-per-email rule; `data.email` keeps the spelling given. */
  email: string
  /** `pending`, `approved` or `denied` (a cancelled registration is denied, as Zoom lists it). */
  status: string
  /** 1: registered for every occurrence (and for non-recurring meetings); 0: only those in meeting_registrant_occurrences. */
  all_occurrences: number
  created_at: number
  updated_at: number
  data: string
  /** The webinar tracking source (webinar_tracking_sources.id) the registrant came through; null for none. */
  source_id: string | null
}

/** The occurrences a registrant chose, for recurring meetings that register per occurrence. */
export interface MeetingRegistrantOccurrenceTable {
  account_id: string
  meeting_id: number
  registrant_id: string
  occurrence_id: string
}

/** A meeting's registration form: standard fields shown or required, and custom questions. */
export interface MeetingRegistrationQuestionsTable {
  account_id: string
  meeting_id: number
  data: string
  updated_at: number
}

export interface MeetingRegistrantTables {
  meeting_registrants: MeetingRegistrantTable
  meeting_registrant_occurrences: MeetingRegistrantOccurrenceTable
  meeting_registration_questions: MeetingRegistrationQuestionsTable
}
