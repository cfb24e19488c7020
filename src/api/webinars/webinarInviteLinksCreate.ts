import { inviteLinks, INVITE_LINK_TTL_S } from '../../domain/meetings/join-tokens.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { InviteLinksBody, InviteLinksResponse } from '../../schemas/meetings/schemas.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Create webinar's invite links — a personal /w/ join link per attendee name, valid for `ttl` seconds.
export default defineOperation({
  id: 'webinarInviteLinksCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/invite_links',
  params: WebinarIdParams,
  body: InviteLinksBody,
  success: { status: 201, schema: InviteLinksResponse },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return { attendees: await inviteLinks(svc, w, body.attendees ?? [], body.ttl ?? INVITE_LINK_TTL_S) }
  },
})
