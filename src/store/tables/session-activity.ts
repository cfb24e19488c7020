import type { Generated } from 'kysely'

// What participants did inside a held instance besides joining: Q&A questions with their answers, and poll
// answers. Past webinar/meeting Q&A and polls, the Q&A and poll reports and the dashboards' has_qa / has_poll
// read these rows. Names and emails are stored as the participant gave them: readers apply Zoom's display rules
// (an anonymous question or poll shows "Anonymous Attendee"; a guest's email shows only where the session row
// says it may, see shownEmail in domain/meetings/participants.ts).

/** One question asked in the Q&A of an instance. */
export interface MeetingQaQuestionTable {
  seq: Generated<number>
  /** The question's id (22 characters), unique across the database. */
  id: string
  account_id: string
  /** The instance it was asked in (meeting_instances.uuid). */
  instance_uuid: string
  meeting_id: number
  /** Who asked: the participant, the session they asked from (meeting_participants.id) and its per-session id. */
  participant_uuid: string
  session_id: string
  user_id: string
  /** The asker's Zoom user id when a user of the host's account; null for guests. */
  account_user_id: string | null
  registrant_id: string | null
  name: string
  email: string
  /** 1 when asked anonymously. */
  anonymous: number
  question: string
  /** `open` until a host, co-host or panelist answers it (in writing or live), then `answered`. */
  status: string
  created_at: number
}

/**
 * One answer to a question, or a participant's comment on it. `type` is Zoom's: `host_answered_publicly`,
 * `host_answered_privately` (only the asker sees it), `participant_commented`, or `live_answered` (answered aloud;
 * `content` is then "live answered", as Zoom's Q&A lists show it).
 */
export interface MeetingQaAnswerTable {
  seq: Generated<number>
  id: string
  account_id: string
  instance_uuid: string
  question_id: string
  participant_uuid: string
  session_id: string
  user_id: string
  account_user_id: string | null
  name: string
  email: string
  /** The answerer's role when answering (host, co-host, panelist, attendee); null where none was recorded. */
  role: string | null
  type: string
  content: string
  created_at: number
}

/**
 * One participant's answer to one question of a poll, in an instance: a vote on a poll with three questions is
 * three rows. Several choices of a multiple-choice question are one row, joined by ";" as Zoom's reports show them.
 */
export interface MeetingPollAnswerTable {
  seq: Generated<number>
  account_id: string
  instance_uuid: string
  meeting_id: number
  /** The poll (meeting_polls.id). */
  poll_id: string
  /** The question's position in the poll when answered, and its text (the poll may change later). */
  question_index: number
  question: string
  participant_uuid: string
  session_id: string
  user_id: string
  account_user_id: string | null
  registrant_id: string | null
  name: string
  email: string
  /** 1 when the poll was anonymous at the time of the vote. */
  anonymous: number
  answer: string
  created_at: number
}

export interface SessionActivityTables {
  meeting_qa_questions: MeetingQaQuestionTable
  meeting_qa_answers: MeetingQaAnswerTable
  meeting_poll_answers: MeetingPollAnswerTable
}
