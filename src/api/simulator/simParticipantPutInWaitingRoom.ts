import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimParticipantParams, SimSession } from '../../schemas/simulator/schemas.js'

// The host sends a participant back to the waiting room: their session in the meeting closes
// (meeting.participant_left) and the waiting one this answers opens (meeting.participant_put_in_waiting_room).
export default defineOperation({
  id: 'simParticipantPutInWaitingRoom',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/participants/{participantId}/put_in_waiting_room',
  summary: { en: 'Simulate: the host puts a participant in the waiting room', zh: '模拟：主持人将参与者移入等候室' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimParticipantParams,
  success: { status: 201, schema: SimSession },
  async handle({ params, actor, svc }) {
    const sim = svc.use(Simulator)
    const waiting = await sim.putInWaitingRoom(actor, params.meetingId, params.participantId)
    return sim.sessionView(waiting)
  },
})
