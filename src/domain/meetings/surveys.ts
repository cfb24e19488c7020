import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { FieldError, ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import { MeetingPollsRepo } from '../../store/meeting-polls.repo.js'
import { parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { kindOf, type Kind } from './kinds.js'
import type { Meeting } from './meeting.service.js'
import type { SurveyBody } from '../../schemas/meetings/schemas-polls.js'
import { bothOn, checkQuestions, inMeetingSettings, type Question, type QuestionInput } from './polls.js'

/**
 * What Update a meeting (or webinar) survey accepts: the request body as validated; only a webinar's survey can
 * also put its link in the follow-up email.
 */
export type SurveyInput = Static<typeof SurveyBody> & { show_in_the_follow_up_email?: boolean }
export type CustomSurveyInput = NonNullable<SurveyInput['custom_survey']>

interface CustomSurvey extends Json {
  title: string
  anonymous: boolean
  numbered_questions: boolean
  show_question_type: boolean
  feedback: string
  questions: Question[]
}

/** What a meeting's survey row holds: a custom survey or a third-party link, never both. */
interface SurveyData extends Json {
  custom_survey?: CustomSurvey
  show_in_the_browser: boolean
  show_in_the_follow_up_email?: boolean
  third_party_survey?: string
}

/** The setting that switches surveys on for a kind, its refusal, and whether the follow-up email can carry it. */
interface SurveyRules {
  enabled(inMeeting: Json): boolean
  disabled(): ZoomError
  followUpEmail: boolean
}

const SURVEY_RULES: Record<Kind, SurveyRules> = {
  meeting: { enabled: (s) => s.meeting_survey === true, disabled: () => errors.surveyDisabled(), followUpEmail: false },
  webinar: {
    enabled: (s) => s.webinar_survey === true,
    disabled: () => errors.webinarSurveyDisabled(),
    followUpEmail: true,
  },
}

const surveyRules = (m: Meeting): SurveyRules => SURVEY_RULES[kindOf(m).kind]

const DEFAULT_SURVEY: SurveyData = { show_in_the_browser: true }

/**
 * The survey participants see when a meeting or webinar ends: Zoom's own questions or a link to a third-party
 * survey. Paid accounts only, where the account and the host have the survey setting of that kind on, not on
 * instant meetings.
 */
export class SurveyService {
  readonly repo: MeetingPollsRepo

  constructor(private svc: Services) {
    this.repo = new MeetingPollsRepo(svc.db.kysely)
  }

  async requireAvailable(m: Meeting): Promise<void> {
    await requirePaidAccount(this.svc, m.account_id)
    const rules = surveyRules(m)
    if (m.type === 1 || !bothOn(await inMeetingSettings(this.svc, m), rules.enabled)) throw rules.disabled()
  }

  /** The meeting's survey; a meeting without one shows only the browser switch, on by default. */
  async get(m: Meeting) {
    await this.requireAvailable(m)
    return this.present(m, await this.data(m))
  }

  /**
   * PATCH semantics: a field sent replaces the stored one; inside `custom_survey` each field sent replaces its
   * value (questions as a whole). Setting a custom survey drops the third-party link and the other way round;
   * an empty `third_party_survey` removes the link.
   */
  async update(m: Meeting, input: SurveyInput): Promise<void> {
    await this.requireAvailable(m)
    const link = input.third_party_survey
    if (input.custom_survey && link) {
      throw errors.validation([
        {
          field: 'third_party_survey',
          message: 'Invalid field. A survey is either a custom survey or a third-party survey link, not both.',
        },
      ])
    }
    const doc = await this.data(m)
    if (input.show_in_the_browser !== undefined) doc.show_in_the_browser = input.show_in_the_browser
    if (input.show_in_the_follow_up_email !== undefined && surveyRules(m).followUpEmail)
      doc.show_in_the_follow_up_email = input.show_in_the_follow_up_email
    if (link !== undefined) {
      if (link === '') delete doc.third_party_survey
      else {
        if (!isWebUrl(link)) throw errors.invalidThirdPartySurvey(link)
        doc.third_party_survey = link
        delete doc.custom_survey
      }
    }
    if (input.custom_survey) {
      const given = input.custom_survey
      const before = doc.custom_survey
      const problems: FieldError[] = []
      const checked = checkQuestions(
        given.questions ?? (before?.questions as QuestionInput[] | undefined),
        { kind: 'survey' },
        'custom_survey.questions',
      )
      problems.push(...checked.problems)
      if (problems.length) throw errors.validation(problems)
      doc.custom_survey = {
        title: given.title ?? before?.title ?? '',
        anonymous: given.anonymous ?? before?.anonymous ?? false,
        numbered_questions: given.numbered_questions ?? before?.numbered_questions ?? false,
        show_question_type: given.show_question_type ?? before?.show_question_type ?? false,
        feedback: given.feedback ?? before?.feedback ?? '',
        questions: checked.questions,
      }
      delete doc.third_party_survey
    }
    await this.repo.saveSurvey({
      meeting_id: m.id,
      account_id: m.account_id,
      updated_at: this.svc.clock.now(),
      data: JSON.stringify(doc),
    })
  }

  async delete(m: Meeting): Promise<void> {
    await this.requireAvailable(m)
    await this.repo.deleteSurvey(m.account_id, m.id)
  }

  private async data(m: Meeting): Promise<SurveyData> {
    const row = await this.repo.survey(m.account_id, m.id)
    return row ? parseJson<SurveyData>(row.data) : structuredClone(DEFAULT_SURVEY)
  }

  private present(m: Meeting, d: SurveyData) {
    return {
      ...(d.custom_survey ? { custom_survey: { ...d.custom_survey, questions: d.custom_survey.questions } } : {}),
      show_in_the_browser: d.show_in_the_browser,
      ...(surveyRules(m).followUpEmail ? { show_in_the_follow_up_email: d.show_in_the_follow_up_email ?? false } : {}),
      ...(d.third_party_survey ? { third_party_survey: d.third_party_survey } : {}),
    }
  }
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}
