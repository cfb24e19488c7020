import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { CreateGroupBody } from '../../schemas/groups/schemas.js'
import { GroupCreateResponse } from '../../schemas/groups/schemas.gen.js'

// Create a group — the name is unique in the account (409/4132); at most 100 new groups per account per day.
export default defineOperation({
  id: 'groupCreate',
  method: 'POST',
  path: '/groups',
  body: CreateGroupBody,
  success: { status: 201, schema: GroupCreateResponse },
  handle: ({ body, actor, svc }) => svc.use(GroupService).create(actor, body),
})
