import { invitationText, sipLinks } from '../../domain/meetings/invitation.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingInvitationResponse } from '../../schemas/meetings/schemas.gen.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Get meeting invitation — the invitation text with topic, time, join link, meeting ID and passcode, and the SIP addresses.
export default defineOperation({
  id: 'meetingInvitation',
  method: 'GET',
  path: '/meetings/{meetingId}/invitation',
  params: MeetingIdParams,
  success: { status: 200, schema: MeetingInvitationResponse },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return { invitation: await invitationText(svc, m), sip_links: sipLinks(m) }
  },
})
