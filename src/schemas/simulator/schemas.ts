import { Type } from 'typebox'
import { b, e, i, o, s } from '../kit.js'
import { DEVICES, NETWORK_TYPES } from '../../sim/generator.js'
import { ScenarioSchema, SHARE_CONTENTS } from '../../sim/scenario.js'
import { MAX_ADVANCE_MS } from '../../sim/simulator.js'

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
})

export const SimLiveOut = Type.Object({
  id: i(),
  uuid: s(),
  status: s(),
  start_time: s(),
  recording: s(),
  qos: b(),
  participants: o(Type.Array(SimSession)),
})

export const SimJoinBody = Type.Object({
  name: o(Type.String({ minLength: 1, maxLength: 200 })),
  email: o(Type.String({ format: 'email' })),
  user_id: s(),
  registrant_id: s(),
  participant_id: s(),
  // Room systems join too, though the generator never picks them.
  device: o(e([...DEVICES, 'H.323/SIP', 'Zoom Rooms'] as const)),
  ip_address: s(),
  location: s(),
  network_type: o(e(NETWORK_TYPES)),
})

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
