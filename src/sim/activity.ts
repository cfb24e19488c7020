import type { Kysely } from 'kysely'
import { errors } from '../errors/catalog.js'
import type { FieldError } from '../errors/zoom-error.js'
import type { Meeting } from '../domain/meetings/meeting.service.js'
import { MeetingParticipants, type Instance, type Session } from '../domain/meetings/participants.js'
import { PollService, type Question } from '../domain/meetings/polls.js'
import { isPresenter, sessionRole } from '../domain/webinars/live.js'
import type { Services } from '../services.js'
import {
  SessionActivityRepo,
  type PollAnswerRow,
  type QaAnswerRow,
  type QaQuestionRow,
} from '../store/session-activity.repo.js'
import type { Database } from '../store/tables.js'
import { isPlainObject, type Json } from '../util/json.js'
import { isoSeconds } from '../util/time.js'
import { seededId } from './random.js'

export interface AskInput {
  participant_id: string
  question: string
  anonymous?: boolean
}

export interface AnswerInput {
  participant_id: string
  answer?: string
  /** Only the asker sees the answer. */
  private?: boolean
  /** Answered aloud. */
  live?: boolean
}

export interface VoteInput {
  participant_id: string
  answers: Array<{ question: string; answer: string | string[] }>
}

/** Zoom's answer types, as Q&A reports name them. */
type AnswerType = 'host_answered_publicly' | 'host_answered_privately' | 'participant_commented' | 'live_answered'

/** What Zoom's Q&A lists show as the answer to a question answered aloud. */
const LIVE_ANSWER = 'live answered'
/** Several choices of one question, as Zoom's poll reports join them. */
const CHOICE_SEPARATOR = ';'

const qaSettings = (m: Meeting): Json => {
  const qa = m.doc.settings.question_and_answer
  return isPlainObject(qa) ? qa : {}
}

/** Who did something, as every activity row records it. */
function actor(s: Session) {
  return {
    participant_uuid: s.participant_uuid,
    session_id: s.id,
    user_id: s.user_id,
    account_user_id: s.account_user_id,
    name: s.name,
    email: s.email,
  }
}

/**
 * Q&A and polls inside a held meeting or webinar: participants ask, the host, co-hosts and panelists answer
 * (others may comment), participants vote in the meeting's polls. Everything is stored as rows of the instance,
 * for past Q&A and poll lists, reports and dashboards to read; Zoom sends no event for any of it.
 */
export class SessionActivity {
  readonly repo: SessionActivityRepo

  constructor(private svc: Services) {
    this.repo = new SessionActivityRepo(svc.db.kysely)
  }

  private get participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  private seed(instance: Instance): string {
    return `${instance.meeting_id}:${instance.doc.ordinal}`
  }

  /** A participant in the meeting asks a question; 400/3000 where Q&A or the asking is off. */
  async ask(m: Meeting, instance: Instance, input: AskInput): Promise<QaQuestionRow> {
    const qa = qaSettings(m)
    if (qa.enable === false) throw errors.badRequest(`Q&A is not enabled for ${m.kind} ${m.id}.`, 3000)
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const { session } = await this.participants.inMeeting(instance, input.participant_id, db)
      if (!isPresenter(sessionRole(session, instance)) && qa.allow_submit_questions === false)
        throw errors.badRequest('Attendees may not submit questions in this Q&A.', 3000)
      if (input.anonymous && qa.allow_anonymous_questions === false)
        throw errors.validation([
          { field: 'anonymous', message: 'Invalid field. Anonymous questions are not allowed.' },
        ])
      const asked = (await this.repo.questions(instance.account_id, instance.uuid, db)).length
      const row: QaQuestionRow = {
        seq: 0,
        id: seededId(`${this.seed(instance)}:q${asked}`),
        account_id: instance.account_id,
        instance_uuid: instance.uuid,
        meeting_id: instance.meeting_id,
        ...actor(session),
        registrant_id: session.registrant_id,
        anonymous: input.anonymous ? 1 : 0,
        question: input.question,
        status: 'open',
        created_at: this.svc.clock.now(),
      }
      const { seq: _seq, ...insert } = row
      await this.repo.insertQuestion(insert, db)
      return row
    })
  }

  /**
   * A participant answers a question of this instance: the host, a co-host or a panelist in writing (publicly or
   * privately) or aloud (`live`), which marks the question answered; anyone else comments, where comments are on.
   */
  async answer(m: Meeting, instance: Instance, questionId: string, input: AnswerInput): Promise<QaQuestionRow> {
    const qa = qaSettings(m)
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const question = await this.repo.question(instance.account_id, instance.uuid, questionId, db)
      if (!question) throw errors.notFound(`Question not found: ${questionId}.`)
      const { session } = await this.participants.inMeeting(instance, input.participant_id, db)
      const role = sessionRole(session, instance)
      const type = this.answerType(role, input, qa)
      const given = (await this.repo.answers(instance.account_id, instance.uuid, db)).length
      await this.repo.insertAnswer(
        {
          id: seededId(`${this.seed(instance)}:a${given}`),
          account_id: instance.account_id,
          instance_uuid: instance.uuid,
          question_id: question.id,
          ...actor(session),
          role,
          type,
          content: type === 'live_answered' ? LIVE_ANSWER : (input.answer ?? ''),
          created_at: this.svc.clock.now(),
        },
        db,
      )
      if (type !== 'participant_commented' && question.status !== 'answered') {
        await this.repo.setQuestionStatus(instance.account_id, question.id, 'answered', db)
        question.status = 'answered'
      }
      return question
    })
  }

  private answerType(role: string, input: AnswerInput, qa: Json): AnswerType {
    const problems: FieldError[] = []
    if (input.live && input.answer !== undefined)
      problems.push({ field: 'answer', message: 'Invalid field. A live answer is given aloud, without text.' })
    if (!input.live && !input.answer?.trim()) problems.push({ field: 'answer', message: 'This field is required.' })
    if (input.live && input.private)
      problems.push({ field: 'private', message: 'Invalid field. A live answer is heard by everyone.' })
    if (!isPresenter(role)) {
      if (input.live || input.private)
        problems.push({
          field: input.live ? 'live' : 'private',
          message: 'Invalid field. Only the host, a co-host or a panelist answers; others comment.',
        })
      else if (qa.attendees_can_comment === false)
        throw errors.badRequest('Attendees may not comment on questions in this Q&A.', 3000)
    }
    if (problems.length) throw errors.validation(problems)
    if (!isPresenter(role)) return 'participant_commented'
    return input.live ? 'live_answered' : input.private ? 'host_answered_privately' : 'host_answered_publicly'
  }

  /**
   * A participant answers one of the meeting's polls: one row per question answered, replacing the same
   * participant's earlier answers to that poll in this instance. The host, co-hosts and panelists do not vote.
   */
  async vote(m: Meeting, instance: Instance, pollId: string, input: VoteInput): Promise<PollAnswerRow[]> {
    const polls = this.svc.use(PollService)
    const row = await polls.repo.poll(m.account_id, m.id, pollId)
    if (!row) throw m.kind === 'webinar' ? errors.webinarPollNotFound() : errors.pollNotFound()
    const poll = polls.present(row)
    const answers = checkVote(poll.questions, input.answers)
    const rows = await this.svc.db.kysely.transaction().execute(async (db: Kysely<Database>) => {
      const { session } = await this.participants.inMeeting(instance, input.participant_id, db)
      if (isPresenter(sessionRole(session, instance)))
        throw errors.badRequest('The host, co-hosts and panelists do not answer polls.', 3000)
      const now = this.svc.clock.now()
      const out = answers.map(({ index, question, answer }) => ({
        account_id: instance.account_id,
        instance_uuid: instance.uuid,
        meeting_id: instance.meeting_id,
        poll_id: poll.id,
        question_index: index,
        question,
        ...actor(session),
        registrant_id: session.registrant_id,
        anonymous: poll.anonymous ? 1 : 0,
        answer,
        created_at: now,
      }))
      await this.repo.replaceVote(instance.account_id, instance.uuid, poll.id, session.participant_uuid, out, db)
      return out.map((r) => ({ ...r, seq: 0 }))
    })
    // A poll answered in a meeting has been launched.
    if (poll.status === 'notstart') await polls.setStatus(m, poll.id, 'started')
    return rows
  }

  /** Everything asked, answered and voted in an instance, as the simulator shows it. */
  async present(instance: Instance) {
    const [questions, answers, votes] = await Promise.all([
      this.repo.questions(instance.account_id, instance.uuid),
      this.repo.answers(instance.account_id, instance.uuid),
      this.repo.pollAnswers(instance.account_id, instance.uuid),
    ])
    return {
      uuid: instance.uuid,
      questions: questions.map((q) => this.presentQuestion(q, answers)),
      poll_answers: votes.map((v) => this.presentVote(v)),
    }
  }

  presentVote(v: PollAnswerRow) {
    return {
      poll_id: v.poll_id,
      participant_id: v.participant_uuid,
      name: v.name,
      email: v.email,
      anonymous: Number(v.anonymous) === 1,
      question: v.question,
      answer: v.answer,
      date_time: isoSeconds(Number(v.created_at)),
    }
  }

  presentQuestion(q: QaQuestionRow, answers: QaAnswerRow[]) {
    return {
      id: q.id,
      participant_id: q.participant_uuid,
      name: q.name,
      email: q.email,
      anonymous: Number(q.anonymous) === 1,
      question: q.question,
      status: q.status,
      create_time: isoSeconds(Number(q.created_at)),
      answers: answers
        .filter((a) => a.question_id === q.id)
        .map((a) => ({
          id: a.id,
          participant_id: a.participant_uuid,
          name: a.name,
          email: a.email,
          role: a.role ?? undefined,
          type: a.type,
          content: a.content,
          create_time: isoSeconds(Number(a.created_at)),
        })),
    }
  }

  /** A question with its answers, read back. */
  async questionWithAnswers(instance: Instance, q: QaQuestionRow) {
    return this.presentQuestion(q, await this.repo.answers(instance.account_id, instance.uuid))
  }
}

/**
 * Checks a vote against the poll's questions (named by their text) and gives each answer as stored; 400/300
 * naming every problem: an unknown or repeated question, a choice the question does not offer, a text out of
 * its length, a required question left out.
 */
function checkVote(
  questions: Question[],
  given: VoteInput['answers'],
): Array<{ index: number; question: string; answer: string }> {
  const problems: FieldError[] = []
  const bad = (field: string, message: string) => problems.push({ field, message })
  const out: Array<{ index: number; question: string; answer: string }> = []
  const seen = new Set<number>()
  given.forEach((a, i) => {
    const field = `answers.${i}`
    const index = questions.findIndex((q) => q.name === a.question)
    const q = questions[index]
    if (!q) return bad(`${field}.question`, 'Invalid field. The poll has no such question.')
    if (seen.has(index)) return bad(`${field}.question`, 'Invalid field. The question is answered twice.')
    seen.add(index)
    const list = (Array.isArray(a.answer) ? a.answer : [a.answer]).map((x) => x.trim())
    const problem = answerProblem(q, list)
    if (problem) return bad(`${field}.answer`, `Invalid field. ${problem}`)
    out.push({ index, question: q.name, answer: list.join(CHOICE_SEPARATOR) })
  })
  questions.forEach((q, index) => {
    if (q.answer_required && !seen.has(index))
      bad('answers', `Invalid field. The question "${q.name}" requires an answer.`)
  })
  if (problems.length) throw errors.validation(problems)
  return out.sort((a, b) => a.index - b.index)
}

/** Why an answer does not fit its question, or undefined when it does. */
function answerProblem(q: Question, list: string[]): string | undefined {
  if (!list.length || list.some((x) => !x)) return 'An answer cannot be empty.'
  const offered = Array.isArray(q.answers) ? (q.answers as string[]) : []
  switch (q.type) {
    case 'single':
      if (list.length > 1) return 'The question takes one answer.'
      return offered.includes(list[0] ?? '') ? undefined : 'The answer must be one of the question’s answers.'
    case 'multiple':
      if (new Set(list).size !== list.length) return 'An answer is chosen twice.'
      return list.every((x) => offered.includes(x)) ? undefined : 'Answers must be among the question’s answers.'
    case 'short_answer':
    case 'long_answer': {
      if (list.length > 1) return 'The question takes one answer.'
      const length = (list[0] ?? '').length
      const min = Number(q.answer_min_character ?? 1)
      const max = Number(q.answer_max_character ?? Infinity)
      return length < min || length > max ? `The answer must be ${min} to ${max} characters long.` : undefined
    }
    case 'rating_scale': {
      const value = Number(list[0])
      const min = Number(q.rating_min_value)
      const max = Number(q.rating_max_value)
      return list.length === 1 && Number.isInteger(value) && value >= min && value <= max
        ? undefined
        : `The answer must be a whole number from ${min} to ${max}.`
    }
    default:
      return undefined
  }
}
