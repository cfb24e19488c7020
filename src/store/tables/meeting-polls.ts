import type { Generated } from 'kysely'

// A meeting's polls, its post-meeting survey and its custom live stream. Each row names the account and the meeting
// number; the meeting itself stays in `meetings` (its deletion is soft, so these rows come back with a recovered meeting).

/** One poll, quiz or advanced poll of a meeting. `data` holds title, poll_type and questions as JSON text. */
export interface MeetingPollTable {
  seq: Generated<number>
  /** 22-character URL-safe id, unique across the database. */
  id: string
  account_id: string
  meeting_id: number
  /** 1 when participants answer anonymously (List meeting polls filters on it), else 0. */
  anonymous: number
  /** notstart | started | ended | sharing | deactivated. */
  status: string
  created_at: number
  updated_at: number
  data: string
}

/** A meeting's survey (custom questions or a third-party link); one row per meeting. */
export interface MeetingSurveyTable {
  meeting_id: number
  account_id: string
  updated_at: number
  data: string
}

/** A meeting's custom live stream: where it streams, its layout settings and whether it is streaming now. */
export interface MeetingLiveStreamTable {
  meeting_id: number
  account_id: string
  updated_at: number
  data: string
}

export interface MeetingPollTables {
  meeting_polls: MeetingPollTable
  meeting_surveys: MeetingSurveyTable
  meeting_live_streams: MeetingLiveStreamTable
}
