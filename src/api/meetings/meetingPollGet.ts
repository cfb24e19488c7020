import { MeetingService } from '../../domain/meetings/meeting.service.js';
import { PollService } from '../../domain/meetings/polls.js';
import { defineOperation } from '../../http/operation.js';
import { PollOut, PollParams } from './schemas-polls.js';

export default defineOperation({
  id: 'meetingPollGet',
  group: 'Meetings',
  method: 'GET',
  path: '/meetings/{meetingId}/polls/{pollId}',
  master: true,
  summary: { en: 'Get a meeting poll', zh: '获取会议投票' },
  scopes: ['meeting:read:admin', 'meeting:read'],
  rateLimit: 'Light',
  params: PollParams,
  success: { status: 200, schema: PollOut },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId);
    return svc.use(PollService).get(m, params.pollId);
  },
});
