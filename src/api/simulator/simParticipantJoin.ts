import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimJoinBody, SimMeetingParams, SimSession } from '../../schemas/simulator/schemas.js'

// A participant joins the meeting in progress (or rejoins with `participant_id`), in a webinar with a role:
// meeting.participant_joined / webinar.participant_joined.
export default defineOperation({
  id: 'simParticipantJoin',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/participants',
  summary: { en: 'Simulate: a participant joins', zh: '模拟：参与者加入会议' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  body: SimJoinBody,
  success: { status: 201, schema: SimSession },
  async handle({ params, body, actor, svc }) {
    const sim = svc.use(Simulator)
    return sim.sessionView(await sim.join(actor, params.meetingId, body))
  },
})
