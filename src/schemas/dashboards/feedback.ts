import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, o, pageSize, s, windowedTokenPage, windowedTotal } from '../kit.js'
import { dashboardType } from './dashboard-type.js'

// The end-of-meeting survey dashboards (2022 document; the @zoom/rivet Dashboards types agree).

const paging = {
  page_size: pageSize(PAGING),
  next_page_token: s(),
}
const window = { from: s(), to: s() }

export const SatisfactionQuery = Type.Object({
  type: dashboardType(true),
  ...paging,
})

export const SatisfactionOut = Type.Object({
  next_page_token: s(),
  page_size: i(),
  participants: o(
    Type.Array(
      Type.Object({
        date_time: s(),
        // The account user's id; a guest has none.
        user_id: o(s()),
        email: s(),
        quality: o(e(['GOOD', 'NOT GOOD'] as const)),
        comment: s(),
      }),
    ),
  ),
})

export const ClientWindowQuery = Type.Object(window)

export const ClientSatisfactionOut = Type.Object({
  ...windowedTotal(),
  client_satisfaction: o(
    Type.Array(
      Type.Object({
        date: s(),
        good_count: i(),
        not_good_count: i(),
        none_count: i(),
        satisfaction_percent: o(Type.Number()),
      }),
    ),
  ),
})

export const ClientFeedbackOut = Type.Object({
  ...windowedTotal(),
  client_feedbacks: o(Type.Array(Type.Object({ feedback_id: s(), feedback_name: s(), participants_count: i() }))),
})

export const ClientFeedbackParams = Type.Object({ feedbackId: Type.String({ minLength: 1 }) })
export const ClientFeedbackDetailQuery = Type.Object({ ...window, ...paging })

export const ClientFeedbackDetailOut = Type.Object({
  ...windowedTokenPage(),
  client_feedback_details: o(
    Type.Array(Type.Object({ meeting_id: s(), participant_name: s(), email: s(), time: s() })),
  ),
})
