import { Type } from 'typebox'
import { b, e, i, o, s } from '../kit.js'
import { PARTICIPANT_ROLES } from '../../domain/webinars/live.js'
import { SESSION_DEVICES } from '../../domain/meetings/devices.js'
import { NETWORK_TYPES } from '../../sim/generator.js'
import {
  CustomerKeySchema,
  InRoomParticipantsSchema,
  NetworkIssuesSchema,
  ScenarioSchema,
  SHARE_CONTENTS,
} from '../../sim/scenario.js'
import { MAX_ADVANCE_MS } from '../../sim/simulator.js'
import { PhoneLegSchema } from '../../sim/audio-legs.js'

// The simulator's own API (not Zoom's): requests and answers.

export const SimMeetingParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })
export const SimParticipantParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  participantId: Type.String({ minLength: 1 }),
})

/** `qos=false`: no per-minute QoS samples for this instance's sessions. */
export const SimStartQuery = Type.Object({ qos: b() })

export const SimSession = Type.Object({
  participant_id: s(),
  participant_uuid: s(),
  session_id: s(),
  user_id: s(),
  id: s(),
  name: s(),
  email: s(),
  registrant_id: s(),
  join_time: s(),
  leave_time: s(),
  leave_reason: s(),
  duration: i(),
  device: s(),
  ip_address: s(),
  location: s(),
  network_type: s(),
  data_center: s(),
  sharing: b(),
  status: o(e(['in_meeting', 'in_waiting_room'] as const)),
  role: s(),
  audio: o(
    Type.Object({
      type: s(),
      phone_number: s(),
      country: s(),
      call_in_number: s(),
      device_id: s(),
      protocol: s(),
    }),
  ),
})

export const SimLiveOut = Type.Object({
  id: i(),
  uuid: s(),
  status: s(),
  start_time: s(),
  recording: s(),
  qos: b(),
  practice_session: b(),
  participants: o(Type.Array(SimSession)),
})

export const SimJoinBody = Type.Object({
  name: o(Type.String({ minLength: 1, maxLength: 200 })),
  email: o(Type.String({ format: 'email' })),
  user_id: s(),
  registrant_id: s(),
  participant_id: s(),
  device: o(e(SESSION_DEVICES)),
  ip_address: s(),
  location: s(),
  network_type: o(e(NETWORK_TYPES)),
  role: o(e(PARTICIPANT_ROLES)),
  // Audio by telephone (the device is then Phone unless given) or from a registered H.323/SIP room system.
  phone: o(PhoneLegSchema),
  device_id: s({ minLength: 1 }),
  // Bad network in stretches counted from this join (from_offset_minutes 0 degrades it from now on).
  network_issues: o(NetworkIssuesSchema),
  waiting_room: b(),
  customer_key: o(CustomerKeySchema),
  // Only a Zoom Room's join (device Zoom Rooms) reports who sits in the room.
  in_room_participants: o(InRoomParticipantsSchema),
})

/** Bad network in stretches counted from the admission into the meeting. */
export const SimAdmitBody = Type.Object({ network_issues: o(NetworkIssuesSchema) })

export const SimLeaveQuery = Type.Object({
  reason: o(e(['left', 'disconnected', 'removed', 'network_error'] as const)),
})

export const SimShareBody = Type.Object({
  participant_id: Type.String({ minLength: 1 }),
  action: e(['start', 'stop'] as const),
  content: o(e(SHARE_CONTENTS)),
})

export const SimRecordBody = Type.Object({ action: e(['start', 'stop', 'pause', 'resume'] as const) })
export const SimRecordOut = Type.Object({
  status: s(),
  segments: o(Type.Array(Type.Object({ start: s(), end: s() }))),
})

export const SimPastOut = Type.Object({
  id: i(),
  uuid: s(),
  topic: s(),
  host_id: s(),
  start_time: s(),
  end_time: s(),
  duration: i(),
  total_minutes: i(),
  participants_count: i(),
})

export const SimScenarioBody = ScenarioSchema
export const SimScenarioOut = Type.Object({
  ...SimPastOut.properties,
  steps: i(),
  participants: o(Type.Array(Type.Object({ name: s(), participant_id: s(), sessions: i() }))),
})

export const SimAdvanceBody = Type.Object({ ms: Type.Integer({ minimum: 0, maximum: MAX_ADVANCE_MS }) })
export const SimClockOut = Type.Object({ now: s(), now_ms: i(), adjustable: b() })

// Webinars: the broadcast after a practice session, and roles.
export const SimWebinarParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })
export const SimWebinarParticipantParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  participantId: Type.String({ minLength: 1 }),
})
export const SimRoleBody = Type.Object({ role: e(PARTICIPANT_ROLES) })

// Q&A and polls, in meetings and webinars.
export const SimAskBody = Type.Object({
  participant_id: Type.String({ minLength: 1 }),
  question: Type.String({ minLength: 1, maxLength: 4000 }),
  anonymous: b(),
})
export const SimQuestionParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  questionId: Type.String({ minLength: 1 }),
})
export const SimAnswerBody = Type.Object({
  participant_id: Type.String({ minLength: 1 }),
  answer: o(Type.String({ maxLength: 4000 })),
  private: b(),
  live: b(),
})
export const SimQuestion = Type.Object({
  id: s(),
  participant_id: s(),
  name: s(),
  email: s(),
  anonymous: b(),
  question: s(),
  status: s(),
  create_time: s(),
  answers: o(
    Type.Array(
      Type.Object({
        id: s(),
        participant_id: s(),
        name: s(),
        email: s(),
        role: s(),
        type: s(),
        content: s(),
        create_time: s(),
      }),
    ),
  ),
})

export const SimPollParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  pollId: Type.String({ minLength: 1 }),
})
export const SimVoteBody = Type.Object({
  participant_id: Type.String({ minLength: 1 }),
  answers: Type.Array(
    Type.Object({
      question: Type.String({ minLength: 1 }),
      answer: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })]),
    }),
    { minItems: 1, maxItems: 100 },
  ),
})
const SimPollAnswer = Type.Object({
  poll_id: s(),
  participant_id: s(),
  name: s(),
  email: s(),
  anonymous: b(),
  question: s(),
  answer: s(),
  date_time: s(),
})
export const SimVoteOut = Type.Object({ poll_answers: o(Type.Array(SimPollAnswer)) })

// In-meeting chat.
export const SimChatBody = Type.Object({
  participant_id: o(Type.String({ minLength: 1 })),
  name: o(Type.String({ minLength: 1 })),
  message: Type.String({ minLength: 1, maxLength: 4096 }),
  to: o(Type.String({ minLength: 1 })),
})
export const SimChatMessage = Type.Object({
  message_id: s(),
  participant_id: s(),
  sender_name: s(),
  sender_email: s(),
  recipient_name: s(),
  message: s(),
  date_time: s(),
})

export const SimActivityQuery = Type.Object({ instance_uuid: s() })
export const SimActivityOut = Type.Object({
  uuid: s(),
  questions: o(Type.Array(SimQuestion)),
  poll_answers: o(Type.Array(SimPollAnswer)),
})
