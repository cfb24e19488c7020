import { RegistrantService } from '../../domain/meetings/registrants.js';
import { defineOperation } from '../../http/operation.js';
import { MeetingIdParams } from './schemas.js';
import { RegistrationQuestionsOut } from './schemas-registrants.js';

// List registration questions — the standard fields the form shows (and requires) and its custom questions.
export default defineOperation({
  id: 'meetingRegistrantsQuestionsGet',
  group: 'Meetings',
  method: 'GET',
  path: '/meetings/{meetingId}/registrants/questions',
  master: true,
  summary: { en: 'List registration questions', zh: '列出登记问题' },
  scopes: ['meeting:read', 'meeting:read:admin'],
  rateLimit: 'Light',
  params: MeetingIdParams,
  success: { status: 200, schema: RegistrationQuestionsOut },
  async handle({ params, actor, svc }) {
    const registrants = svc.use(RegistrantService);
    const { meeting } = await registrants.target(actor, params.meetingId);
    return registrants.questions(meeting);
  },
});
