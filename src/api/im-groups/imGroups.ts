import { defineOperation } from '../../http/operation.js';
import { ImGroupService } from '../../domain/im-groups/im-group.service.js';
import { ImGroupsResponse } from './schemas.gen.js';

// List IM directory groups — all of the account's, with member counts (Zoom does not page this list).
export default defineOperation({
  id: 'imGroups',
  group: 'IM Groups',
  method: 'GET',
  path: '/im/groups',
  master: true,
  summary: { en: 'List IM directory groups', zh: '列出IM目录组' },
  scopes: ['imgroup:read:admin'],
  rateLimit: 'Medium',
  success: { status: 200, schema: ImGroupsResponse },
  handle: ({ actor, svc }) => svc.use(ImGroupService).list(actor.accountId),
});
