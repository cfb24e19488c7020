import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { MeetingTemplateService } from '../../domain/meetings/templates.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { CreateTemplateResponse, UserIdParams } from '../../schemas/meetings/schemas.js'
import { CreateWebinarTemplateBody } from '../../schemas/webinars/extras.js'

// Create a webinar template — saves one of the user's webinars' settings (and, on request, its recurrence) under
// a name; `overwrite` replaces the template saved earlier from the same webinar.
export default defineOperation({
  id: 'createAWebinarTemplate',
  method: 'POST',
  path: '/users/{userId}/webinar_templates',
  params: UserIdParams,
  body: CreateWebinarTemplateBody,
  success: { status: 201, schema: CreateTemplateResponse },
  async handle({ params, body, actor, svc }) {
    const user = await svc.use(WebinarService).host(actor, params.userId)
    const { webinar_id, ...rest } = body
    return svc
      .use(MeetingTemplateService)
      .createFromMeeting(actor.accountId, user, { ...rest, meeting_id: webinar_id }, WEBINAR_KIND)
  },
})
