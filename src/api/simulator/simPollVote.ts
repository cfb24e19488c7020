import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimPollParams, SimVoteBody, SimVoteOut } from '../../schemas/simulator/schemas.js'

// A participant answers one of the meeting's or webinar's polls; a later vote replaces theirs in this instance.
export default defineOperation({
  id: 'simPollVote',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/polls/{pollId}/votes',
  summary: { en: 'Simulate: answer a poll', zh: '模拟：回答投票' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimPollParams,
  body: SimVoteBody,
  success: { status: 201, schema: SimVoteOut },
  async handle({ params, body, actor, svc }) {
    const sim = svc.use(Simulator)
    const rows = await sim.vote(actor, params.meetingId, params.pollId, body)
    return { poll_answers: rows.map((r) => sim.activity.presentVote(r)) }
  },
})
