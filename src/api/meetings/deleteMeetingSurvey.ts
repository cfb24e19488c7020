import { MeetingService } from '../../domain/meetings/meeting.service.js';
import { SurveyService } from '../../domain/meetings/surveys.js';
import { defineOperation } from '../../http/operation.js';
import { MeetingIdParams } from './schemas.js';

export default defineOperation({
  id: 'deleteMeetingSurvey',
  group: 'Meetings',
  method: 'DELETE',
  path: '/meetings/{meetingId}/survey',
  master: true,
  summary: { en: 'Delete a meeting survey', zh: '删除会议调查' },
  scopes: ['meeting:write', 'meeting:write:admin'],
  rateLimit: 'Light',
  params: MeetingIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId);
    await svc.use(SurveyService).delete(m);
  },
});
