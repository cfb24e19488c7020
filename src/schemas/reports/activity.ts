import { Type, type Static } from 'typebox'
import { e, i, list, s } from '../kit.js'

// The Q&A and poll reports of one held meeting or webinar instance (2022 document, with the Q&A detail fields of
// the @zoom/rivet types).

const head = { id: i(), uuid: s(), start_time: s() }

const QaAnswerDetail = Type.Object({
  user_id: s(),
  name: s(),
  email: s(),
  content: s(),
  create_time: s(),
  type: e(['default', 'host_answered_publicly', 'host_answered_privately', 'participant_commented', 'host_answered']),
})

export type QaAnswerDetail = Static<typeof QaAnswerDetail>

const QaQuestionDetail = Type.Object({
  question: s(),
  answer: s(),
  question_id: s(),
  create_time: s(),
  question_status: e(['default', 'open', 'dismissed', 'answered', 'deleted']),
  answer_details: list(QaAnswerDetail),
})

export type QaQuestionDetail = Static<typeof QaQuestionDetail>

export const ReportQaOut = Type.Object({
  ...head,
  questions: list(Type.Object({ user_id: s(), name: s(), email: s(), question_details: list(QaQuestionDetail) })),
})

const PollQuestionDetail = Type.Object({ question: s(), answer: s(), date_time: s(), polling_id: s() })

export type PollQuestionDetail = Static<typeof PollQuestionDetail>

export const ReportPollsOut = Type.Object({
  ...head,
  questions: list(
    Type.Object({
      name: s(),
      first_name: s(),
      last_name: s(),
      email: s(),
      question_details: list(PollQuestionDetail),
    }),
  ),
})
