import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimActivityOut, SimActivityQuery, SimMeetingParams } from '../../schemas/simulator/schemas.js'

// The Q&A and poll answers stored for one instance: the one named, else the live one, else the latest ended.
export default defineOperation({
  id: 'simMeetingActivity',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/meetings/{meetingId}/activity',
  summary: { en: 'Simulate: get the Q&A and poll answers', zh: '模拟：获取问答和投票回答' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  query: SimActivityQuery,
  success: { status: 200, schema: SimActivityOut },
  async handle({ params, query, actor, svc }) {
    return svc.use(Simulator).activityOf(actor, params.meetingId, query.instance_uuid)
  },
})
