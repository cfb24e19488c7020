import { MeetingTemplateService } from '../../domain/meetings/templates.js';
import { defineOperation } from '../../http/operation.js';
import { CreateTemplateBody, CreateTemplateResponse, UserIdParams } from './schemas.js';

// Create a meeting template from an existing meeting — saves the meeting's settings (and, on request, its
// recurrence) under a name; `overwrite` replaces the template saved earlier from the same meeting.
export default defineOperation({
  id: 'meetingTemplateCreate',
  group: 'Meetings',
  method: 'POST',
  path: '/users/{userId}/meeting_templates',
  master: true,
  summary: { en: 'Create a meeting template from an existing meeting', zh: '从现有会议创建会议模板' },
  scopes: ['meeting:write:admin', 'meeting:write'],
  rateLimit: 'Medium',
  params: UserIdParams,
  body: CreateTemplateBody,
  success: { status: 201, schema: CreateTemplateResponse },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    return svc.use(MeetingTemplateService).createFromMeeting(actor.accountId, user, body);
  },
});
