import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, o, page, pageSize, s } from '../kit.js'

// The detail and participant reports of one held meeting or webinar instance (2022 document, plus
// participant_user_id from the @zoom/rivet types).

/** A meeting number (its latest ended instance) or an instance UUID, double-encoded when it needs to be. */
export const ReportMeetingParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })
export const ReportWebinarParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })

// In the order of Zoom's document.
export const ReportInstanceDetailsOut = Type.Object({
  custom_keys: o(
    Type.Array(Type.Object({ key: o(Type.String({ maxLength: 64 })), value: o(Type.String({ maxLength: 256 })) }), {
      maxItems: 10,
    }),
  ),
  dept: s(),
  duration: i(),
  end_time: s(),
  id: i(),
  participants_count: i(),
  start_time: s(),
  topic: s(),
  total_minutes: i(),
  tracking_fields: o(Type.Array(Type.Object({ field: s(), value: s() }))),
  type: i(),
  user_email: s(),
  user_name: s(),
  uuid: s(),
})

export const ReportParticipantsQuery = Type.Object({
  page_size: pageSize(PAGING),
  next_page_token: s(),
  include_fields: o(e(['registrant_id'] as const)),
})

export const ReportParticipantsOut = Type.Object({
  ...page(),
  participants: o(
    Type.Array(
      Type.Object({
        id: s(),
        user_id: s(),
        name: s(),
        user_email: s(),
        join_time: s(),
        leave_time: s(),
        duration: i(),
        failover: b(),
        status: o(e(['in_meeting', 'in_waiting_room'] as const)),
        registrant_id: s(),
        participant_user_id: s(),
        customer_key: s({ maxLength: 15 }),
        bo_mtg_id: s(),
      }),
    ),
  ),
})
