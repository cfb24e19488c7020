import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { FieldError, ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import { MeetingPollsRepo, type MeetingPollRow } from '../../store/meeting-polls.repo.js'
import type { Database } from '../../store/tables.js'
import { zoomId } from '../../util/ids.js'
import { must } from '../../util/must.js'
import { isPlainObject, parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { getAccountSettings } from '../accounts/settings.js'
import { effectiveUserSettings } from '../users/settings.js'
import { kindOf, type Kind } from './kinds.js'
import type { Meeting } from './meeting.service.js'
import type { PollBody, PollQuestionIn } from '../../schemas/meetings/schemas-polls.js'

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'matching',
  'rank_order',
  'short_answer',
  'long_answer',
  'fill_in_the_blank',
  'rating_scale',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]
export type PollType = 1 | 2 | 3
export const POLL_STATUSES = ['notstart', 'started', 'ended', 'sharing', 'deactivated'] as const
export type PollStatus = (typeof POLL_STATUSES)[number]

/** Zoom's limit of polls (and quizzes) per meeting. */
export const MAX_POLLS_PER_MEETING = 50

/**
 * A question as a poll request sends it. Surveys send the same minus right answers, so their questions fit this
 * type and one checker serves both.
 */
export type QuestionInput = Static<typeof PollQuestionIn>

/** What create and update accept: the request body as validated (a batch sends a list of them). */
export type PollInput = Static<typeof PollBody>

/** A question as stored and shown: the fields of its type only. */
export type Question = Json & { name: string; type: QuestionType; answer_required: boolean }

/** What the `data` column of a poll holds. */
interface PollData extends Json {
  title: string
  poll_type: PollType
  questions: Question[]
}

/** Whose questions are checked: a poll of a type (quizzes need right answers), or a survey (no right answers). */
export type QuestionContext = { kind: 'poll'; pollType: PollType } | { kind: 'survey' }

// Answer counts Zoom allows per question type, and the character ceilings of written answers.
const ANSWER_LIMITS = { single: 10, multiple: 10, matching: 16, rank_order: 7 }
const PROMPT_LIMITS = { min: 2, max: 10 }
const MAX_CHARACTERS = { short_answer: 500, long_answer: 2000 }
const BASIC_POLL_TYPES: readonly QuestionType[] = ['single', 'multiple']

/**
 * Checks questions against their type's rules and returns them normalized (only the fields of their type, with
 * defaults), or the field errors, named by path (`questions.0.answers`) as request validation names them.
 */
export function checkQuestions(
  list: QuestionInput[] | undefined,
  ctx: QuestionContext,
  at: string,
): { questions: Question[]; problems: FieldError[] } {
  const problems: FieldError[] = []
  const bad = (field: string, message = 'Invalid field.') => problems.push({ field, message })
  if (!list || !list.length) {
    bad(at, 'This field is required.')
    return { questions: [], problems }
  }
  const quiz = ctx.kind === 'poll' && ctx.pollType === 3
  const questions = list.map((q, i) => {
    const p = `${at}.${i}`
    const type = q.type as QuestionType
    if (!q.name || !q.name.trim()) bad(`${p}.name`, 'This field is required.')
    if (!type) bad(`${p}.type`, 'This field is required.')
    else if (ctx.kind === 'poll' && ctx.pollType === 1 && !BASIC_POLL_TYPES.includes(type)) {
      bad(
        `${p}.type`,
        'Invalid field. A poll (poll_type 1) takes single and multiple questions; other types need an advanced poll or a quiz.',
      )
    }
    const answerRequired = q.answer_required ?? (ctx.kind === 'poll' && ctx.pollType === 1)
    const out: Question = { name: q.name ?? '', type, answer_required: answerRequired }
    const answers = q.answers ?? []
    const needAnswers = (max: number) => {
      if (!q.answers) bad(`${p}.answers`, 'This field is required.')
      else if (answers.length < 2) bad(`${p}.answers`, 'Invalid field. At least 2 answers are required.')
      else if (answers.length > max) bad(`${p}.answers`, `Invalid field. At most ${max} answers are allowed.`)
      else if (answers.some((a) => !a.trim())) bad(`${p}.answers`, 'Invalid field. An answer cannot be empty.')
      else if (new Set(answers).size !== answers.length) bad(`${p}.answers`, 'Invalid field. Answers must differ.')
      out.answers = answers
    }
    const rightAnswers = (max?: number) => {
      if (ctx.kind === 'survey') return
      const right = q.right_answers
      if (!right || !right.length) {
        if (quiz) bad(`${p}.right_answers`, 'This field is required.')
        return
      }
      if (max !== undefined && right.length > max)
        bad(`${p}.right_answers`, `Invalid field. At most ${max} right answer is allowed.`)
      else if (right.some((r) => !answers.includes(r)))
        bad(`${p}.right_answers`, 'Invalid field. Right answers must be among the answers.')
      out.right_answers = right
    }
    const prompts = (maxRight?: number) => {
      const list = q.prompts
      if (!list) bad(`${p}.prompts`, 'This field is required.')
      else if (list.length < PROMPT_LIMITS.min)
        bad(`${p}.prompts`, `Invalid field. At least ${PROMPT_LIMITS.min} prompts are required.`)
      else if (list.length > PROMPT_LIMITS.max)
        bad(`${p}.prompts`, `Invalid field. At most ${PROMPT_LIMITS.max} prompts are allowed.`)
      out.prompts = (list ?? []).map((pr, j) => {
        const pp = `${p}.prompts.${j}`
        if (!pr.prompt_question || !pr.prompt_question.trim()) bad(`${pp}.prompt_question`, 'This field is required.')
        const prompt: Json = { prompt_question: pr.prompt_question ?? '' }
        if (ctx.kind === 'poll') {
          const right = pr.prompt_right_answers ?? []
          if (!right.length && quiz) bad(`${pp}.prompt_right_answers`, 'This field is required.')
          else if (maxRight !== undefined && right.length > maxRight)
            bad(`${pp}.prompt_right_answers`, `Invalid field. At most ${maxRight} right answer is allowed.`)
          else if (right.some((r) => !answers.includes(r)))
            bad(`${pp}.prompt_right_answers`, 'Invalid field. Right answers must be among the answers.')
          if (pr.prompt_right_answers) prompt.prompt_right_answers = right
        }
        return prompt
      })
    }

    switch (type) {
      case 'single':
        needAnswers(ANSWER_LIMITS.single)
        out.show_as_dropdown = q.show_as_dropdown ?? false
        rightAnswers(1)
        break
      case 'multiple':
        needAnswers(ANSWER_LIMITS.multiple)
        rightAnswers()
        break
      case 'matching':
        needAnswers(ANSWER_LIMITS.matching)
        prompts()
        break
      case 'rank_order':
        needAnswers(ANSWER_LIMITS.rank_order)
        prompts(1)
        break
      case 'short_answer':
      case 'long_answer': {
        const ceiling = MAX_CHARACTERS[type]
        const min = q.answer_min_character ?? 1
        const max = q.answer_max_character ?? ceiling
        if (max > ceiling) bad(`${p}.answer_max_character`, `Invalid field. Must be at most ${ceiling}.`)
        else if (max < min)
          bad(`${p}.answer_max_character`, 'Invalid field. Must not be less than answer_min_character.')
        out.answer_min_character = min
        out.answer_max_character = max
        break
      }
      case 'fill_in_the_blank':
        if (ctx.kind === 'poll') {
          // The participant types into the blanks, so the right answers are what the question is made of.
          const right = q.right_answers
          if (!right || !right.length) bad(`${p}.right_answers`, 'This field is required.')
          else if (right.some((r) => !r.trim()))
            bad(`${p}.right_answers`, 'Invalid field. A right answer cannot be empty.')
          else out.right_answers = right
          out.case_sensitive = q.case_sensitive ?? false
        }
        break
      case 'rating_scale': {
        if (q.rating_min_value === undefined) bad(`${p}.rating_min_value`, 'This field is required.')
        if (q.rating_max_value === undefined) bad(`${p}.rating_max_value`, 'This field is required.')
        else if (q.rating_min_value !== undefined && q.rating_max_value <= q.rating_min_value) {
          bad(`${p}.rating_max_value`, 'Invalid field. Must be greater than rating_min_value.')
        }
        out.rating_min_value = q.rating_min_value
        out.rating_max_value = q.rating_max_value
        out.rating_min_label = q.rating_min_label ?? ''
        out.rating_max_label = q.rating_max_label ?? ''
        break
      }
    }
    return out
  })
  return { questions, problems }
}

export interface InMeetingSettings {
  account: Json
  host: Json | undefined
}

/** `in_meeting` of the account and of the meeting's host: a feature is on only when both have it on. */
export async function inMeetingSettings(svc: Services, m: Meeting): Promise<InMeetingSettings> {
  const account = (await getAccountSettings(svc, m.account_id)).in_meeting as Json
  const host = await svc.users.byId(m.account_id, m.host_id)
  return { account, host: host ? ((await effectiveUserSettings(svc, host)).in_meeting as Json) : undefined }
}

export function bothOn(s: InMeetingSettings, get: (inMeeting: Json) => unknown): boolean {
  return get(s.account) === true && (s.host === undefined || get(s.host) === true)
}

/** What switches polls on for a kind, and the texts of its refusals. */
interface PollRules {
  pollingOn(s: Json): boolean
  advancedOn(s: Json): boolean
  disabled(): ZoomError
  advancedDisabled(): ZoomError
  notFound(): ZoomError
}

const POLL_RULES: Record<Kind, PollRules> = {
  meeting: {
    pollingOn: (s) => s.polling !== false && isPlainObject(s.meeting_polling) && s.meeting_polling.enable === true,
    advancedOn: (s) => isPlainObject(s.meeting_polling) && s.meeting_polling.advanced_polls === true,
    disabled: () => errors.pollsDisabled(),
    advancedDisabled: () => errors.advancedPollsDisabled(),
    notFound: () => errors.pollNotFound(),
  },
  // Webinars have their own "Webinar Polls/Quizzes" group of settings, independent of the meeting one.
  webinar: {
    pollingOn: (s) => isPlainObject(s.webinar_polling) && s.webinar_polling.enable === true,
    advancedOn: (s) => isPlainObject(s.webinar_polling) && s.webinar_polling.advanced_polls === true,
    disabled: () => errors.webinarPollsDisabled(),
    advancedDisabled: () => errors.webinarAdvancedPollsDisabled(),
    notFound: () => errors.webinarPollNotFound(),
  },
}

const pollRules = (m: Meeting): PollRules => POLL_RULES[kindOf(m).kind]

/** Advanced polls and quizzes (poll_type 2 and 3) need their own setting: 4400 without it. */
function requireAdvanced(m: Meeting, settings: InMeetingSettings): void {
  const rules = pollRules(m)
  if (!bothOn(settings, rules.advancedOn)) throw rules.advancedDisabled()
}

/**
 * A meeting's (or webinar's) polls, quizzes and advanced polls: at most 50 each, only on paid accounts, only where
 * the account and the host have polling of that kind on, and never on instant meetings.
 */
export class PollService {
  readonly repo: MeetingPollsRepo

  constructor(private svc: Services) {
    this.repo = new MeetingPollsRepo(svc.db.kysely)
  }

  /**
   * 400/200 on a Free account; 4400 where polling is off (a Basic host has it off) or on an instant meeting.
   * Answers the settings it read, so a later advanced-poll check need not read them again.
   */
  async requireAvailable(m: Meeting, opts: { advanced?: boolean } = {}): Promise<InMeetingSettings> {
    await requirePaidAccount(this.svc, m.account_id)
    const settings = await inMeetingSettings(this.svc, m)
    const rules = pollRules(m)
    if (m.type === 1 || !bothOn(settings, rules.pollingOn)) throw rules.disabled()
    if (opts.advanced) requireAdvanced(m, settings)
    return settings
  }

  async list(m: Meeting, anonymous?: boolean) {
    await this.requireAvailable(m)
    return (await this.repo.polls(m.account_id, m.id, anonymous)).map((r) => this.present(r))
  }

  async get(m: Meeting, pollId: string) {
    await this.requireAvailable(m)
    return this.present(await this.row(m, pollId))
  }

  async create(m: Meeting, input: PollInput) {
    const [poll] = await this.createMany(m, [input], 'single')
    return must(poll, 'the poll just created')
  }

  /** Creates every poll or none: all are checked first, and together they must stay within the meeting's 50. */
  async createBatch(m: Meeting, inputs: PollInput[] | undefined) {
    if (!inputs || !inputs.length) throw errors.validation([{ field: 'polls', message: 'This field is required.' }])
    return this.createMany(m, inputs, 'batch')
  }

  private async createMany(m: Meeting, inputs: PollInput[], mode: 'single' | 'batch') {
    await this.requireAvailable(m, { advanced: inputs.some((p) => (p.poll_type ?? 1) !== 1) })
    const problems: FieldError[] = []
    const docs = inputs.map((input, i) => {
      const checked = this.check(input, mode === 'batch' ? `polls.${i}.` : '')
      problems.push(...checked.problems)
      return checked
    })
    if (problems.length) throw errors.validation(problems)
    const now = this.svc.clock.now()
    const rows = docs.map((d) => ({
      id: zoomId(),
      account_id: m.account_id,
      meeting_id: m.id,
      anonymous: d.anonymous ? 1 : 0,
      status: 'notstart' as PollStatus,
      created_at: now,
      updated_at: now,
      data: JSON.stringify(d.data),
    }))
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await this.lock(m, trx)
      if ((await this.repo.countPolls(m.account_id, m.id, trx)) + rows.length > MAX_POLLS_PER_MEETING)
        throw errors.pollLimit()
      await this.repo.insertPolls(rows, trx)
    })
    return rows.map((r, i) => this.presentDoc(r, must(docs[i], 'the checked poll of a row').data))
  }

  /** PUT: each top-level field sent replaces the stored one (questions as a whole); the result is checked again. */
  async update(m: Meeting, pollId: string, input: PollInput): Promise<void> {
    // Whether it is advanced is known only once the stored poll is read, and a missing poll's 404 comes first.
    const settings = await this.requireAvailable(m)
    const row = await this.row(m, pollId)
    const stored = parseJson<PollData>(row.data)
    const next: PollInput = {
      title: input.title ?? stored.title,
      anonymous: input.anonymous ?? row.anonymous === 1,
      poll_type: input.poll_type ?? stored.poll_type,
      questions: input.questions ?? (stored.questions as QuestionInput[]),
    }
    if (next.poll_type !== 1) requireAdvanced(m, settings)
    const checked = this.check(next, '')
    if (checked.problems.length) throw errors.validation(checked.problems)
    await this.repo.updatePoll(m.account_id, m.id, pollId, {
      anonymous: checked.anonymous ? 1 : 0,
      updated_at: this.svc.clock.now(),
      data: JSON.stringify(checked.data),
    })
  }

  async delete(m: Meeting, pollId: string): Promise<void> {
    await this.requireAvailable(m)
    if (!(await this.repo.deletePoll(m.account_id, m.id, pollId))) throw pollRules(m).notFound()
  }

  /** Moves a poll through its in-meeting life (launched, ended, results shared): for the meeting simulator. */
  async setStatus(m: Meeting, pollId: string, status: PollStatus): Promise<void> {
    if (!(await this.repo.updatePoll(m.account_id, m.id, pollId, { status, updated_at: this.svc.clock.now() })))
      throw pollRules(m).notFound()
  }

  private async row(m: Meeting, pollId: string): Promise<MeetingPollRow> {
    const row = await this.repo.poll(m.account_id, m.id, pollId)
    if (!row) throw pollRules(m).notFound()
    return row
  }

  private async lock(m: Meeting, trx: Kysely<Database>): Promise<void> {
    if (this.svc.db.dialect === 'postgres') await this.repo.lockMeeting(m.account_id, m.id, trx)
  }

  private check(input: PollInput, at: string): { data: PollData; anonymous: boolean; problems: FieldError[] } {
    const problems: FieldError[] = []
    if (input.title === undefined || !input.title.trim())
      problems.push({ field: `${at}title`, message: 'This field is required.' })
    const pollType: PollType = input.poll_type ?? 1
    const checked = checkQuestions(input.questions, { kind: 'poll', pollType }, `${at}questions`)
    problems.push(...checked.problems)
    return {
      data: { title: input.title ?? '', poll_type: pollType, questions: checked.questions },
      anonymous: input.anonymous ?? false,
      problems,
    }
  }

  /** A poll as Zoom shows it. */
  /** Polls launched during an instance are over once it ends. */
  async endLaunched(m: Meeting): Promise<void> {
    for (const row of await this.repo.polls(m.account_id, m.id))
      if (row.status === 'started') await this.setStatus(m, row.id, 'ended')
  }

  present(row: Pick<MeetingPollRow, 'id' | 'status' | 'anonymous' | 'data'>) {
    return this.presentDoc(row, parseJson<PollData>(row.data))
  }

  private presentDoc(row: Pick<MeetingPollRow, 'id' | 'status' | 'anonymous'>, d: PollData) {
    return {
      id: row.id,
      status: row.status as PollStatus,
      anonymous: Number(row.anonymous) === 1,
      poll_type: d.poll_type,
      questions: d.questions,
      title: d.title,
    }
  }
}
