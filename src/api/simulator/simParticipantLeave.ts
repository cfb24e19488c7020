import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimLeaveQuery, SimParticipantParams } from '../../schemas/simulator/schemas.js'

// A participant leaves: the session closes, its screen share ends, QoS is written, meeting.participant_left.
export default defineOperation({
  id: 'simParticipantLeave',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/meetings/{meetingId}/participants/{participantId}',
  summary: { en: 'Simulate: a participant leaves', zh: '模拟：参与者离开会议' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimParticipantParams,
  query: SimLeaveQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    await svc.use(Simulator).leave(actor, params.meetingId, params.participantId, query.reason)
  },
})
