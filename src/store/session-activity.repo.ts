import type { Insertable, Kysely, Selectable } from 'kysely'
import type { MeetingPollAnswerTable, MeetingQaAnswerTable, MeetingQaQuestionTable } from './tables/session-activity.js'
import type { Database } from './tables.js'

export type QaQuestionRow = Selectable<MeetingQaQuestionTable>
export type QaAnswerRow = Selectable<MeetingQaAnswerTable>
export type PollAnswerRow = Selectable<MeetingPollAnswerTable>

/** Q&A and poll answers of held instances; every query names the account and the instance. */
export class SessionActivityRepo {
  constructor(readonly db: Kysely<Database>) {}

  // Q&A.
  async insertQuestion(row: Insertable<MeetingQaQuestionTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_qa_questions').values(row).execute()
  }

  question(
    accountId: string,
    instanceUuid: string,
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<QaQuestionRow | undefined> {
    return db
      .selectFrom('meeting_qa_questions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async setQuestionStatus(
    accountId: string,
    id: string,
    status: string,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('meeting_qa_questions')
      .set({ status })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  /** The instance's questions in the order they were asked. */
  questions(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db): Promise<QaQuestionRow[]> {
    return db
      .selectFrom('meeting_qa_questions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }

  async insertAnswer(row: Insertable<MeetingQaAnswerTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_qa_answers').values(row).execute()
  }

  /** The instance's answers and comments in the order they were given. */
  answers(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db): Promise<QaAnswerRow[]> {
    return db
      .selectFrom('meeting_qa_answers')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }

  // Poll answers.
  /** Replaces a participant's answers to a poll in an instance with `rows` (a new vote supersedes the last). */
  async replaceVote(
    accountId: string,
    instanceUuid: string,
    pollId: string,
    participantUuid: string,
    rows: Insertable<MeetingPollAnswerTable>[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .deleteFrom('meeting_poll_answers')
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .where('poll_id', '=', pollId)
      .where('participant_uuid', '=', participantUuid)
      .execute()
    if (rows.length) await db.insertInto('meeting_poll_answers').values(rows).execute()
  }

  /** Which of the given instances had a poll answered, and which a question asked. */
  async usedPollsOrQa(accountId: string, instanceUuids: string[]): Promise<{ polls: Set<string>; qa: Set<string> }> {
    if (!instanceUuids.length) return { polls: new Set(), qa: new Set() }
    const of = (table: 'meeting_poll_answers' | 'meeting_qa_questions') =>
      this.db
        .selectFrom(table)
        .select('instance_uuid')
        .distinct()
        .where('account_id', '=', accountId)
        .where('instance_uuid', 'in', instanceUuids)
        .execute()
    const [polls, qa] = await Promise.all([of('meeting_poll_answers'), of('meeting_qa_questions')])
    return { polls: new Set(polls.map((r) => r.instance_uuid)), qa: new Set(qa.map((r) => r.instance_uuid)) }
  }

  /** The instance's poll answers, oldest first. */
  pollAnswers(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db): Promise<PollAnswerRow[]> {
    return db
      .selectFrom('meeting_poll_answers')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }
}
