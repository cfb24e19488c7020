import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimAdmitBody, SimParticipantParams, SimSession } from '../../schemas/simulator/schemas.js'

// The host admits a participant from the waiting room: meeting.participant_admitted, then
// meeting.participant_joined for the session in the meeting that this answers.
export default defineOperation({
  id: 'simParticipantAdmit',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/participants/{participantId}/admit',
  summary: {
    en: 'Simulate: the host admits a participant from the waiting room',
    zh: '模拟：主持人允许等候室中的参与者入会',
  },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimParticipantParams,
  body: SimAdmitBody,
  success: { status: 201, schema: SimSession },
  async handle({ params, body, actor, svc }) {
    const sim = svc.use(Simulator)
    return sim.sessionView(await sim.admit(actor, params.meetingId, params.participantId, body))
  },
})
