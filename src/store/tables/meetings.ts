import type { Generated } from 'kysely'

// Rows of meetings, occurrences, registrants, polls, instances, participants. Register each table here: `table_name: RowInterface`.

/**
 * One scheduled, instant or recurring meeting. Columns carry what lists filter and sort on; `data` holds the rest
 * of the document (topic, passcodes, settings, recurrence and the stored occurrences) as JSON text.
 */
export interface MeetingTable {
  seq: Generated<number>
  /** The meeting number (11 digits), unique across the whole database, never reused. */
  id: number
  /** The UUID of the current (or next) instance; a new one is issued whenever an instance ends. */
  uuid: string
  account_id: string
  host_id: string
  /** `meeting` or `webinar`: both kinds share this table and everything keyed by a meeting id. */
  kind: string
  /**
   * The schedule form, the same for both kinds: 1 instant (meetings only), 2 scheduled, 3 recurring without fixed
   * time, 8 recurring with fixed time. A webinar shows these to clients as 5, 6 and 9.
   */
  type: number
  /** `waiting` or `started`. Deletion is `deleted_at`, kept apart so a recovered meeting keeps its status. */
  status: string
  /** Epoch ms of the start (type 8: the first available occurrence); null for types 3 and instant-without-time. */
  start_time: number | null
  /** Epoch ms when the scheduled time is over (type 8: end of the last available occurrence); null when open-ended. */
  end_time: number | null
  /** Epoch ms after which the meeting id no longer resolves; null while it cannot expire. */
  expires_at: number | null
  created_at: number
  updated_at: number
  /** Soft delete: a deleted meeting can be recovered for a while (PUT …/status {action: recover}). */
  deleted_at: number | null
  data: string
}

/** A user's meeting template, saved from one of their meetings. */
export interface MeetingTemplateTable {
  seq: Generated<number>
  id: string
  account_id: string
  user_id: string
  /** `meeting` or `webinar`: the kind of the meeting it was saved from, and the kind it creates. */
  kind: string
  /** The meeting it was saved from (a later save with `overwrite` replaces the template of the same meeting). */
  meeting_id: number
  name: string
  /** 1 a user's meeting template, 2 an account admin template. */
  type: number
  created_at: number
  data: string
}

export interface MeetingTables {
  meetings: MeetingTable
  meeting_templates: MeetingTemplateTable
}
