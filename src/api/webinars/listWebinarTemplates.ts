import { WEBINAR_KIND } from '../../domain/meetings/kinds.js'
import { MeetingTemplateService } from '../../domain/meetings/templates.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { UserIdParams } from '../../schemas/meetings/schemas.js'
import { WebinarTemplateListOut } from '../../schemas/webinars/extras.js'

// List webinar templates — the templates a user has saved from their webinars (never their meeting templates).
export default defineOperation({
  id: 'listWebinarTemplates',
  method: 'GET',
  path: '/users/{userId}/webinar_templates',
  params: UserIdParams,
  success: { status: 200, schema: WebinarTemplateListOut },
  async handle({ params, actor, svc }) {
    const user = await svc.use(WebinarService).host(actor, params.userId)
    const rows = await svc.use(MeetingTemplateService).list(actor.accountId, user, WEBINAR_KIND)
    return { total_records: rows.length, templates: rows.map((t) => ({ id: t.id, name: t.name })) }
  },
})
