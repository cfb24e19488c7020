import type { Kysely } from 'kysely'
import { errors } from '../../errors/catalog.js'
import type { FieldError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import { ParticipantFeedbackRepo, type ParticipantFeedbackRow } from '../../store/participant-feedback.repo.js'
import type { Database } from '../../store/tables.js'
import { isoSeconds } from '../../util/time.js'
import { parseJson, type Json } from '../../util/json.js'
import type { Actor } from '../actor.js'
import { getAccountSettings } from '../accounts/settings.js'
import { dateWindow, toDay } from '../date-window.js'
import type { KindSpec } from '../meetings/kinds.js'
import {
  MeetingParticipants,
  instanceEventObject,
  isWaiting,
  shownEmail,
  type Instance,
} from '../meetings/participants.js'
import { paginate, type PageQuery } from '../paging.js'
import { effectiveUserSettings } from '../users/settings.js'
import { DashboardParticipants, type DashboardType } from './participants.js'
import { requireDashboard } from './gate.js'
import { DASHBOARD_WINDOW } from './instances.js'
import { LONGEST_SESSION_MS } from './usage.js'
import { DAY_MS } from '../meetings/meeting.model.js'

/**
 * The reasons a participant can pick after a thumbs down, with the ids the client feedback dashboards name them
 * by. Ids never change; a new reason takes a new id.
 */
export const FEEDBACK_REASONS = [
  { id: '1', name: 'Others' },
  { id: '2', name: 'Audio echo' },
  { id: '3', name: 'Could not hear others' },
  { id: '4', name: 'Others could not hear me' },
  { id: '5', name: 'Audio was choppy or robotic' },
  { id: '6', name: 'Background noise' },
  { id: '7', name: 'Video was frozen' },
  { id: '8', name: 'Video was choppy or blurry' },
  { id: '9', name: 'Could not see others' },
  { id: '10', name: 'Screen share did not start' },
  { id: '11', name: 'Screen share was slow or frozen' },
  { id: '12', name: 'Meeting disconnected' },
] as const

const REASON_BY_NAME = new Map<string, { id: string; name: string }>(FEEDBACK_REASONS.map((r) => [r.name, r]))
const REASON_BY_ID = new Map<string, { id: string; name: string }>(FEEDBACK_REASONS.map((r) => [r.id, r]))

export interface FeedbackInput {
  satisfied: boolean
  /** Reason names, from FEEDBACK_REASONS. */
  reasons?: string[]
  comment?: string
}

const COMMENT_MAX = 1024

/**
 * The reasons a survey answer names, each once, and every field at fault; `prefix` places the fields inside a
 * larger body (a scenario's participant).
 */
export function validateFeedback(
  input: FeedbackInput,
  prefix = '',
): { reasons: { id: string; name: string }[]; problems: FieldError[] } {
  const problems: FieldError[] = []
  const reasons: { id: string; name: string }[] = []
  for (const [k, name] of (input.reasons ?? []).entries()) {
    const reason = REASON_BY_NAME.get(name)
    if (!reason)
      problems.push({
        field: `${prefix}reasons.${k}`,
        message: `Invalid field. Expected one of: ${FEEDBACK_REASONS.map((r) => r.name).join(', ')}.`,
      })
    else if (!reasons.includes(reason)) reasons.push(reason)
  }
  if (input.satisfied && input.reasons?.length)
    problems.push({ field: `${prefix}reasons`, message: 'Invalid field. Reasons are given only with a thumbs down.' })
  if ((input.comment ?? '').length > COMMENT_MAX)
    problems.push({ field: `${prefix}comment`, message: `Invalid field. At most ${COMMENT_MAX} characters.` })
  return { reasons, problems }
}

/** Whether "Feedback to Zoom" and the end-of-meeting survey are both on, for the account and the host. */
async function surveyOn(svc: Services, accountId: string, hostId: string): Promise<boolean> {
  const account = (await getAccountSettings(svc, accountId)).in_meeting as Json
  const host = await svc.users.byId(accountId, hostId)
  const mine = host ? ((await effectiveUserSettings(svc, host)).in_meeting as Json) : undefined
  const on = (s: Json | undefined) => s === undefined || (s.feedback === true && s.post_meeting_feedback === true)
  return on(account) && on(mine)
}

/**
 * The end-of-meeting survey: after leaving a meeting or webinar for good, a participant gives a thumbs up or
 * down, with reasons and a comment for a thumbs down. Answers are taken only when "Feedback to Zoom" and the
 * survey are on for the host; the satisfaction and client feedback dashboards read them.
 */
export class ParticipantFeedback {
  readonly repo: ParticipantFeedbackRepo

  constructor(private svc: Services) {
    this.repo = new ParticipantFeedbackRepo(svc.db.kysely)
  }

  offered(instance: Instance): Promise<boolean> {
    return surveyOn(this.svc, instance.account_id, instance.host_id)
  }

  /**
   * A participant's answer about an instance they have left (all their sessions closed), once per participant;
   * emits meeting.participant_feedback (webinar.…). 400/300 with the fields at fault otherwise.
   */
  async answer(instance: Instance, participantUuid: string, input: FeedbackInput): Promise<ParticipantFeedbackRow> {
    const { reasons, problems } = validateFeedback(input)
    if (problems.length) throw errors.validation(problems)
    // Settings and the host are read before the transaction: SQLite has one connection, which the transaction holds.
    const offered = await this.offered(instance)
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const sessions = (await this.svc.use(MeetingParticipants).sessions(instance, db)).filter(
        (s) => s.participant_uuid === participantUuid,
      )
      const latest = sessions[sessions.length - 1]
      if (!latest) throw errors.participantNotFound(participantUuid)
      const refuse = (field: string, message: string) => errors.validation([{ field, message }])
      if (latest.leave_time === null)
        throw refuse('participantId', 'Invalid field. The survey is answered after leaving the meeting.')
      // The survey follows time in the meeting, not in its waiting room.
      const last = sessions.filter((s) => !isWaiting(s)).at(-1)
      if (!last) throw refuse('participantId', 'Invalid field. The participant was never admitted to the meeting.')
      if (!offered) throw refuse('satisfied', 'Invalid field. Feedback to Zoom and the end-of-meeting survey are off.')
      const row = {
        account_id: instance.account_id,
        instance_uuid: instance.uuid,
        meeting_id: instance.meeting_id,
        kind: instance.kind,
        session_id: last.id,
        participant_uuid: participantUuid,
        session_user_id: last.user_id,
        account_user_id: last.account_user_id,
        name: last.name,
        email: shownEmail(last),
        satisfied: input.satisfied ? 1 : 0,
        reasons: JSON.stringify(reasons.map((r) => r.id)),
        comment: input.comment ?? '',
        answered_at: Math.max(this.svc.clock.now(), latest.leave_time),
      }
      // The unique (account, instance, participant) index settles two answers sent at once.
      if (!(await this.repo.insert(row, db)))
        throw refuse('participantId', 'Invalid field. This participant has already answered.')
      await this.emit(instance, row, reasons, db)
      return { ...row, seq: 0 }
    })
  }

  private async emit(
    instance: Instance,
    row: Omit<ParticipantFeedbackRow, 'seq'>,
    reasons: { id: string; name: string }[],
    db: Kysely<Database>,
  ): Promise<void> {
    await this.svc.events.emit(
      {
        event: instance.kind === 'webinar' ? 'webinar.participant_feedback' : 'meeting.participant_feedback',
        accountId: instance.account_id,
        object: {
          id: instanceEventObject(instance).id,
          uuid: instance.uuid,
          participant: {
            participant_uuid: row.participant_uuid,
            // The account user's id, as everywhere participant_user_id appears; a guest has none.
            ...(row.account_user_id ? { participant_user_id: row.account_user_id } : {}),
            user_name: row.name,
            feedback: {
              satisfied: row.satisfied === 1,
              ...(reasons.length ? { feedback_details: reasons } : {}),
              ...(row.comment ? { comments: row.comment } : {}),
            },
          },
        },
      },
      db,
    )
  }

  /** GET /metrics/{meetings|webinars}/{id}/participants/satisfaction: the answers about one instance. */
  async ofInstance(actor: Actor, key: string, spec: KindSpec, query: PageQuery & { type?: DashboardType }) {
    const instance = await this.svc.use(DashboardParticipants).instance(actor, key, spec, query.type)
    const page = await paginate(
      this.svc.pages,
      this.repo.ofInstance(instance.account_id, instance.uuid),
      query,
      `satisfaction|${instance.account_id}|${instance.uuid}`,
    )
    return {
      next_page_token: page.next_page_token,
      page_size: page.page_size,
      participants: page.items.map((r) => ({
        date_time: isoSeconds(r.answered_at),
        ...(r.account_user_id ? { user_id: r.account_user_id } : {}),
        email: r.email,
        quality: Number(r.satisfied) === 1 ? ('GOOD' as const) : ('NOT GOOD' as const),
        comment: r.comment,
      })),
    }
  }

  /** GET /metrics/client/satisfaction: per day of the window, the answers and those who left without one. */
  async satisfaction(actor: Actor, query: { from?: string; to?: string }) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const answers = await this.repo.between(actor.accountId, window.start, window.end)
    const days = new Map<string, { good: number; bad: number; none: number }>()
    for (let d = window.start; d < window.end; d += DAY_MS) days.set(toDay(d), { good: 0, bad: 0, none: 0 })
    for (const a of answers) {
      const day = days.get(toDay(a.answered_at))
      if (!day) continue
      if (Number(a.satisfied) === 1) day.good++
      else day.bad++
    }
    const offered = new Map<string, boolean>()
    for (const d of await this.repo.departures(actor.accountId, window.start, window.end, LONGEST_SESSION_MS)) {
      let on = offered.get(d.host_id)
      if (on === undefined) offered.set(d.host_id, (on = await surveyOn(this.svc, actor.accountId, d.host_id)))
      const day = days.get(toDay(d.left_at))
      if (on && day) day.none++
    }
    const rows = [...days].map(([date, c]) => {
      const total = c.good + c.bad + c.none
      return {
        date,
        good_count: c.good,
        not_good_count: c.bad,
        none_count: c.none,
        // Zoom counts a participant who did not answer as satisfied; a day without anyone is 100.
        satisfaction_percent: total ? Math.round(((c.good + c.none) / total) * 10000) / 100 : 100,
      }
    })
    return { from: window.from, to: window.to, total_records: rows.length, client_satisfaction: rows }
  }

  /** GET /metrics/client/feedback: for every reason, how many participants picked it in the window. */
  async reasons(actor: Actor, query: { from?: string; to?: string }) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const counts = new Map<string, number>()
    for (const a of await this.repo.between(actor.accountId, window.start, window.end))
      for (const id of parseJson<string[]>(a.reasons) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
    return {
      from: window.from,
      to: window.to,
      total_records: FEEDBACK_REASONS.length,
      client_feedbacks: FEEDBACK_REASONS.map((r) => ({
        feedback_id: r.id,
        feedback_name: r.name,
        participants_count: counts.get(r.id) ?? 0,
      })),
    }
  }

  /**
   * GET /metrics/client/feedback/{feedbackId}: who picked one reason in the window, in the order they answered.
   * An id that names no reason lists no one (Zoom documents no refusal for it).
   */
  async reasonDetail(actor: Actor, feedbackId: string, query: PageQuery & { from?: string; to?: string }) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const id = REASON_BY_ID.get(feedbackId)?.id ?? ''
    const base = this.repo.withReason(actor.accountId, id, window.start, window.end)
    const page = await paginate(
      this.svc.pages,
      id ? base : base.where('seq', '<', 0),
      query,
      `client-feedback|${actor.accountId}|${id}|${window.from}|${window.to}`,
    )
    return {
      from: window.from,
      to: window.to,
      page_size: page.page_size,
      next_page_token: page.next_page_token,
      client_feedback_details: page.items.map((r) => ({
        meeting_id: String(r.meeting_id),
        participant_name: r.name,
        email: r.email,
        time: isoSeconds(r.answered_at),
      })),
    }
  }
}
