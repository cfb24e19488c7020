import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupCreateBody, ImGroupCreateResponse } from '../../schemas/im-groups/schemas.gen.js'

// Create an IM directory group — type normal (default), shared or restricted; the name is unique in the account (409/4132).
export default defineOperation({
  id: 'imGroupCreate',
  method: 'POST',
  path: '/im/groups',
  body: ImGroupCreateBody,
  success: { status: 201, schema: ImGroupCreateResponse },
  handle: ({ body, actor, svc }) => svc.use(ImGroupService).create(actor.accountId, body),
})
