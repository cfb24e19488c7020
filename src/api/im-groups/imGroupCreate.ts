import { defineOperation } from '../../http/operation.js';
import { ImGroupService } from '../../domain/im-groups/im-group.service.js';
import { ImGroupCreateBody, ImGroupCreateResponse } from './schemas.gen.js';

// Create an IM directory group — type normal (default), shared or restricted; the name is unique in the account (409/4132).
export default defineOperation({
  id: 'imGroupCreate',
  group: 'IM Groups',
  method: 'POST',
  path: '/im/groups',
  master: true,
  summary: { en: 'Create an IM directory group', zh: '创建IM目录组' },
  scopes: ['imgroup:write:admin'],
  rateLimit: 'Light',
  body: ImGroupCreateBody,
  success: { status: 201, schema: ImGroupCreateResponse },
  handle: ({ body, actor, svc }) => svc.use(ImGroupService).create(actor.accountId, body ?? {}),
});
