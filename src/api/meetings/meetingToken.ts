import { captionToken } from '../../domain/meetings/join-tokens.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingTokenQuery, MeetingTokenResponse } from '../../schemas/meetings/schemas.gen.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Get meeting's token — the closed-caption URL a third-party captioning service posts to.
export default defineOperation({
  id: 'meetingToken',
  method: 'GET',
  path: '/meetings/{meetingId}/token',
  params: MeetingIdParams,
  query: MeetingTokenQuery,
  success: { status: 200, schema: MeetingTokenResponse },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return { token: await captionToken(svc, m) }
  },
})
