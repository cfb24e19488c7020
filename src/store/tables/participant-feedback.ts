import type { Generated } from 'kysely'

/** One participant's answer to the end-of-meeting survey of one held instance (at most one per participant). */
export interface ParticipantFeedbackTable {
  seq: Generated<number>
  account_id: string
  instance_uuid: string
  meeting_id: number
  /** `meeting` or `webinar`. */
  kind: string
  /** The join session the participant answered from (their last one). */
  session_id: string
  participant_uuid: string
  /** Zoom's per-session participant id, as the session shows it. */
  session_user_id: string
  /** The Zoom user id for a user of the host's account; null for guests. */
  account_user_id: string | null
  name: string
  /** As the session stored it; readers apply the email display rule. */
  email: string
  /** 1 for thumbs up, 0 for thumbs down (an integer, the same in both databases). */
  satisfied: number
  /** The ids of the reasons picked, as a JSON array of strings. */
  reasons: string
  comment: string
  answered_at: number
}

export interface ParticipantFeedbackTables {
  participant_feedback: ParticipantFeedbackTable
}
