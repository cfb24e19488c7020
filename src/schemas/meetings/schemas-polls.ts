import { Type } from 'typebox'
import { b, e, i, o, s, strings } from '../kit.js'
import { POLL_STATUSES, QUESTION_TYPES } from '../../domain/meetings/polls.js'

// Polls and surveys, written after the @zoom/rivet types (newer than the 2022 document: poll_type, the advanced
// question types, the `deactivated` status, the survey). Limits are Zoom's documented ones; the rules that depend
// on the question type are checked in the domain. Request schemas carry no defaults (a PUT keeps what it omits).

export const PollParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  pollId: Type.String({ minLength: 1 }),
})
export const PollsQuery = Type.Object({ anonymous: b() })

const QuestionType = e(QUESTION_TYPES)
const PollType = e([1, 2, 3] as const)

export const PollQuestionIn = Type.Object({
  name: o(Type.String({ maxLength: 255 })),
  type: o(QuestionType),
  answer_required: b(),
  answers: strings(),
  right_answers: strings(),
  prompts: o(Type.Array(Type.Object({ prompt_question: s(), prompt_right_answers: strings() }))),
  show_as_dropdown: b(),
  case_sensitive: b(),
  answer_min_character: o(Type.Integer({ minimum: 1 })),
  answer_max_character: i(),
  rating_min_value: o(Type.Integer({ minimum: 0 })),
  rating_max_value: o(Type.Integer({ maximum: 10 })),
  rating_min_label: s(),
  rating_max_label: s(),
})

export const PollBody = Type.Object({
  title: o(Type.String({ maxLength: 64 })),
  anonymous: b(),
  poll_type: o(PollType),
  questions: o(Type.Array(PollQuestionIn)),
})

// Zoom takes at most 25 polls per batch request (still within the meeting's 50). An empty or missing list is
// refused in the domain, which names the field as required.
export const BatchPollsBody = Type.Object({ polls: o(Type.Array(PollBody, { maxItems: 25 })) })

const PollQuestionOut = Type.Object({
  answer_max_character: i(),
  answer_min_character: i(),
  answer_required: b(),
  answers: strings(),
  case_sensitive: b(),
  name: s(),
  prompts: o(Type.Array(Type.Object({ prompt_question: s(), prompt_right_answers: strings() }))),
  rating_max_label: s(),
  rating_max_value: i(),
  rating_min_label: s(),
  rating_min_value: i(),
  right_answers: strings(),
  show_as_dropdown: b(),
  type: o(QuestionType),
})

export const PollOut = Type.Object({
  id: s(),
  status: o(e(POLL_STATUSES)),
  anonymous: b(),
  poll_type: o(PollType),
  questions: o(Type.Array(PollQuestionOut)),
  title: s(),
})

export const PollListOut = Type.Object({ polls: o(Type.Array(PollOut)), total_records: i() })
export const BatchPollsOut = Type.Object({ polls: o(Type.Array(PollOut)) })

// Survey questions: the poll question without right answers; prompts carry only their question.
const surveyQuestionProperties = {
  name: o(Type.String({ maxLength: 255 })),
  type: o(QuestionType),
  answer_required: b(),
  show_as_dropdown: b(),
  answers: strings(),
  prompts: o(Type.Array(Type.Object({ prompt_question: s() }))),
  answer_min_character: o(Type.Integer({ minimum: 1 })),
  answer_max_character: i(),
  rating_min_value: o(Type.Integer({ minimum: 0 })),
  rating_max_value: o(Type.Integer({ maximum: 10 })),
  rating_min_label: s(),
  rating_max_label: s(),
}

const customSurvey = (question: ReturnType<typeof Type.Object>) =>
  Type.Object({
    title: s(),
    anonymous: b(),
    numbered_questions: b(),
    show_question_type: b(),
    feedback: s(),
    questions: o(Type.Array(question)),
  })

export const SurveyBody = Type.Object({
  custom_survey: o(customSurvey(Type.Object(surveyQuestionProperties))),
  show_in_the_browser: b(),
  // Zoom documents a 64-character ceiling on the link (for meetings and webinars alike).
  third_party_survey: o(Type.String({ maxLength: 64 })),
})

export const SurveyOut = Type.Object({
  custom_survey: o(customSurvey(Type.Object(surveyQuestionProperties))),
  show_in_the_browser: b(),
  third_party_survey: s(),
})
