import { MeetingTemplateService } from '../../domain/meetings/templates.js'
import { defineOperation } from '../../http/operation.js'
import { ListMeetingTemplatesResponse } from '../../schemas/meetings/schemas.gen.js'
import { UserIdParams } from '../../schemas/meetings/schemas.js'

// List meeting templates — the templates a user has saved from their meetings.
export default defineOperation({
  id: 'listMeetingTemplates',
  method: 'GET',
  path: '/users/{userId}/meeting_templates',
  params: UserIdParams,
  success: { status: 200, schema: ListMeetingTemplatesResponse },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const rows = await svc.use(MeetingTemplateService).list(actor.accountId, user)
    return {
      total_records: rows.length,
      templates: rows.map((t) => ({ id: t.id, name: t.name, type: Number(t.type) })),
    }
  },
})
