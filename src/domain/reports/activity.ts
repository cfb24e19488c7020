import type { Actor } from '../actor.js'
import type { KindSpec } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { hydrateSession, shownEmail, type Instance, type Session } from '../meetings/participants.js'
import { InstanceReports } from './instances.js'
import type { Services } from '../../services.js'
import { SessionActivityRepo, type PollAnswerRow, type QaAnswerRow } from '../../store/session-activity.repo.js'
import type { PollQuestionDetail, QaAnswerDetail, QaQuestionDetail } from '../../schemas/reports/activity.js'
import { isoSeconds } from '../../util/time.js'

/** How Zoom's reports name whoever asked or voted anonymously. */
const ANONYMOUS = 'Anonymous Attendee'

/** The stored answer types as the Q&A report names them: a question answered aloud is "host_answered". */
const REPORT_ANSWER_TYPE: Record<string, string> = { live_answered: 'host_answered' }

/**
 * The Q&A and poll reports of one ended meeting or webinar instance (named by UUID, or by number for the latest):
 * the questions and votes stored while it was held, grouped by who asked or voted. Paid accounts only (400/200);
 * a webinar's host must hold a webinar licence (400/200); 404/3001 and 400/12702 as for past meetings.
 */
export class ActivityReports {
  private readonly repo: SessionActivityRepo

  constructor(private svc: Services) {
    this.repo = new SessionActivityRepo(svc.db.kysely)
  }

  private instance(actor: Actor, key: string, spec: KindSpec): Promise<Instance> {
    return this.svc.use(InstanceReports).instance(actor, key, spec)
  }

  /** The instance's sessions by id, so names and emails follow the participant lists' display rules. */
  private async sessions(instance: Instance): Promise<Map<string, Session>> {
    const rows = await this.svc.use(MeetingInstances).repo.sessions(instance.account_id, instance.uuid)
    return new Map(rows.map((r) => [r.id, hydrateSession(r)]))
  }

  private email(sessions: Map<string, Session>, row: { session_id: string }): string {
    const s = sessions.get(row.session_id)
    return s ? shownEmail(s) : ''
  }

  private head(instance: Instance) {
    return { id: Number(instance.meeting_id), uuid: instance.uuid, start_time: isoSeconds(instance.start_time) }
  }

  /**
   * Questions grouped by asker in the order first asked; every anonymous question under one "Anonymous Attendee"
   * entry. `answer` is the first answer by the host, a co-host or a panelist ("live answered" when given aloud);
   * `answer_details` lists every answer and comment.
   */
  async qa(actor: Actor, key: string, spec: KindSpec) {
    const instance = await this.instance(actor, key, spec)
    const [questions, answers, sessions] = await Promise.all([
      this.repo.questions(instance.account_id, instance.uuid),
      this.repo.answers(instance.account_id, instance.uuid),
      this.sessions(instance),
    ])
    const byQuestion = new Map<string, QaAnswerRow[]>()
    for (const a of answers) byQuestion.set(a.question_id, [...(byQuestion.get(a.question_id) ?? []), a])
    const groups = new Map<
      string,
      { user_id: string; name: string; email: string; question_details: QaQuestionDetail[] }
    >()
    for (const q of questions) {
      const anonymous = Number(q.anonymous) === 1
      const groupKey = anonymous ? '' : q.participant_uuid
      let group = groups.get(groupKey)
      if (!group) {
        group = anonymous
          ? { user_id: '', name: ANONYMOUS, email: '', question_details: [] }
          : { user_id: q.user_id, name: q.name, email: this.email(sessions, q), question_details: [] }
        groups.set(groupKey, group)
      }
      const given = byQuestion.get(q.id) ?? []
      const answered = given.find((a) => a.type !== 'participant_commented')
      group.question_details.push({
        question: q.question,
        answer: answered?.content ?? '',
        question_id: q.id,
        create_time: isoSeconds(Number(q.created_at)),
        question_status: q.status as QaQuestionDetail['question_status'],
        answer_details: given.map((a) => ({
          user_id: a.user_id,
          name: a.name,
          email: this.email(sessions, a),
          content: a.content,
          create_time: isoSeconds(Number(a.created_at)),
          type: (REPORT_ANSWER_TYPE[a.type] ?? a.type) as QaAnswerDetail['type'],
        })),
      })
    }
    return { ...this.head(instance), questions: [...groups.values()] }
  }

  /**
   * Poll answers grouped by voter in the order they first voted, one detail per question answered; a vote in an
   * anonymous poll shows its voter as "Anonymous Attendee" without an email.
   */
  async polls(actor: Actor, key: string, spec: KindSpec) {
    const instance = await this.instance(actor, key, spec)
    const [votes, sessions] = await Promise.all([
      this.repo.pollAnswers(instance.account_id, instance.uuid),
      this.sessions(instance),
    ])
    const groups = new Map<string, { voter: PollAnswerRow; question_details: PollQuestionDetail[] }>()
    for (const v of votes) {
      const groupKey = `${Number(v.anonymous)}|${v.participant_uuid}`
      const group = groups.get(groupKey) ?? { voter: v, question_details: [] }
      groups.set(groupKey, group)
      group.question_details.push({
        question: v.question,
        answer: v.answer,
        date_time: isoSeconds(Number(v.created_at)),
        polling_id: v.poll_id,
      })
    }
    return {
      ...this.head(instance),
      questions: [...groups.values()].map(({ voter, question_details }) =>
        Number(voter.anonymous) === 1
          ? { name: ANONYMOUS, first_name: ANONYMOUS, last_name: ANONYMOUS, email: '', question_details }
          : { name: voter.name, email: this.email(sessions, voter), question_details },
      ),
    }
  }
}
