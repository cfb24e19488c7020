import { defineOperation } from '../../http/operation.js';
import { ImGroupService } from '../../domain/im-groups/im-group.service.js';
import { ImGroupIdParams } from './schemas.js';

export default defineOperation({
  id: 'imGroupDelete',
  group: 'IM Groups',
  method: 'DELETE',
  path: '/im/groups/{groupId}',
  master: true,
  summary: { en: 'Delete an IM directory group', zh: '删除IM目录组' },
  scopes: ['imgroup:write:admin'],
  rateLimit: 'Light',
  params: ImGroupIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(ImGroupService).delete(actor.accountId, params.groupId);
  },
});
