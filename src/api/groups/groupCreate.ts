import { defineOperation } from '../../http/operation.js';
import { GroupService } from '../../domain/groups/group.service.js';
import { CreateGroupBody } from './schemas.js';
import { GroupCreateResponse } from './schemas.gen.js';

// Create a group — the name is unique in the account (409/4132); at most 100 new groups per account per day.
export default defineOperation({
  id: 'groupCreate',
  group: 'Groups',
  method: 'POST',
  path: '/groups',
  master: true,
  summary: { en: 'Create a group', zh: '创建组' },
  scopes: ['group:write:admin'],
  rateLimit: 'Light',
  body: CreateGroupBody,
  success: { status: 201, schema: GroupCreateResponse },
  handle: ({ body, actor, svc }) => svc.use(GroupService).create(actor, body ?? {}),
});
