import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { DashboardUsage } from '../../domain/dashboards/usage.js'
import { defineOperation } from '../../http/operation.js'
import { SimChatActivityBody, SimChatActivityOut, SimChatActivityParams } from '../../schemas/dashboards/usage.js'

// Team Chat is outside this API, so the chat dashboard has nothing to count until the simulator says what was sent.
export default defineOperation({
  id: 'simChatActivity',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/users/{userId}/chat_activity',
  summary: { en: 'Simulate: record Team Chat messages a user sent', zh: '模拟：记录用户发送的团队聊天消息' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimChatActivityParams,
  body: SimChatActivityBody,
  success: { status: 201, schema: SimChatActivityOut },
  handle({ params, body, actor, svc }) {
    return svc.use(DashboardUsage).recordChat(actor, params.userId, body)
  },
})
