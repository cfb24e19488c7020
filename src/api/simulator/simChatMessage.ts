import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { MeetingChat } from '../../sim/chat.js'
import { SimChatBody, SimChatMessage, SimMeetingParams } from '../../schemas/simulator/schemas.js'

// A participant writes in the chat of a meeting or webinar in progress; the recording's chat file is made from it.
export default defineOperation({
  id: 'simChatMessage',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/chat',
  summary: { en: 'Simulate: send an in-meeting chat message', zh: '模拟：发送会中聊天消息' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  body: SimChatBody,
  success: { status: 201, schema: SimChatMessage },
  async handle({ params, body, actor, svc }) {
    return svc.use(MeetingChat).post(actor, params.meetingId, body)
  },
})
