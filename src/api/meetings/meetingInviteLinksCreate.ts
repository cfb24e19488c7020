import { inviteLinks, INVITE_LINK_TTL_S } from '../../domain/meetings/join-tokens.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { InviteLinksBody, InviteLinksResponse, MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Create meeting's invite links — a personal join link per attendee name, valid for `ttl` seconds.
export default defineOperation({
  id: 'meetingInviteLinksCreate',
  method: 'POST',
  path: '/meetings/{meetingId}/invite_links',
  params: MeetingIdParams,
  body: InviteLinksBody,
  success: { status: 201, schema: InviteLinksResponse },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return { attendees: await inviteLinks(svc, m, body.attendees ?? [], body.ttl ?? INVITE_LINK_TTL_S) }
  },
})
