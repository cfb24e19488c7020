import { invitationText } from '../../domain/meetings/invitation.js';
import { MeetingService } from '../../domain/meetings/meeting.service.js';
import { defineOperation } from '../../http/operation.js';
import { MeetingInvitationResponse } from './schemas.gen.js';
import { MeetingIdParams } from './schemas.js';

// Get meeting invitation — the invitation text with topic, time, join link, meeting ID and passcode.
export default defineOperation({
  id: 'meetingInvitation',
  group: 'Meetings',
  method: 'GET',
  path: '/meetings/{meetingId}/invitation',
  master: true,
  summary: { en: 'Get meeting invitation', zh: '获取会议邀请' },
  scopes: ['meeting:read', 'meeting:read:admin'],
  rateLimit: 'Light',
  params: MeetingIdParams,
  success: { status: 200, schema: MeetingInvitationResponse },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId);
    // No SIP or H.323 dial-in here, so no sip_links.
    return { invitation: await invitationText(svc, m) };
  },
});
