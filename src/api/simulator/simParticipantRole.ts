import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimRoleBody, SimSession, SimWebinarParticipantParams } from '../../schemas/simulator/schemas.js'

// The host promotes or demotes a participant of a live webinar: webinar.participant_role_changed.
export default defineOperation({
  id: 'simParticipantRole',
  group: 'Simulator',
  method: 'PUT',
  path: '/sim/webinars/{webinarId}/participants/{participantId}/role',
  summary: { en: 'Simulate: change a webinar participant’s role', zh: '模拟：更改网络研讨会参会者的角色' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimWebinarParticipantParams,
  body: SimRoleBody,
  success: { status: 200, schema: SimSession },
  async handle({ params, body, actor, svc }) {
    const sim = svc.use(Simulator)
    return sim.sessionView(await sim.changeRole(actor, params.webinarId, params.participantId, body.role))
  },
})
