import { MeetingTemplateService } from '../../domain/meetings/templates.js'
import { defineOperation } from '../../http/operation.js'
import { CreateTemplateBody, CreateTemplateResponse, UserIdParams } from '../../schemas/meetings/schemas.js'

// Create a meeting template from an existing meeting — saves the meeting's settings (and, on request, its
// recurrence) under a name; `overwrite` replaces the template saved earlier from the same meeting.
export default defineOperation({
  id: 'meetingTemplateCreate',
  method: 'POST',
  path: '/users/{userId}/meeting_templates',
  params: UserIdParams,
  body: CreateTemplateBody,
  success: { status: 201, schema: CreateTemplateResponse },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return svc.use(MeetingTemplateService).createFromMeeting(actor.accountId, user, body)
  },
})
