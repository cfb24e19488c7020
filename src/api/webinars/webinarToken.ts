import { captionToken } from '../../domain/meetings/join-tokens.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarTokenOut, WebinarTokenQuery } from '../../schemas/webinars/extras.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Get webinar's token — the closed-caption URL (the only type, and the default) for a webinar in progress.
export default defineOperation({
  id: 'webinarToken',
  method: 'GET',
  path: '/webinars/{webinarId}/token',
  params: WebinarIdParams,
  query: WebinarTokenQuery,
  success: { status: 200, schema: WebinarTokenOut },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return { token: await captionToken(svc, w) }
  },
})
