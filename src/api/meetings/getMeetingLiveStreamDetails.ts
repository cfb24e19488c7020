import { LiveStreamService } from '../../domain/meetings/livestream.js';
import { MeetingService } from '../../domain/meetings/meeting.service.js';
import { defineOperation } from '../../http/operation.js';
import { LiveStreamOut } from './schemas-livestream.js';
import { MeetingIdParams } from './schemas.js';

// Get livestream details — empty until the live stream is configured.
export default defineOperation({
  id: 'getMeetingLiveStreamDetails',
  group: 'Meetings',
  method: 'GET',
  path: '/meetings/{meetingId}/livestream',
  master: true,
  summary: { en: 'Get livestream details', zh: '获取livestream详细信息' },
  scopes: ['meeting:read:admin', 'meeting:read'],
  rateLimit: 'Light',
  params: MeetingIdParams,
  success: { status: 200, schema: LiveStreamOut },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId);
    return svc.use(LiveStreamService).get(m);
  },
});
