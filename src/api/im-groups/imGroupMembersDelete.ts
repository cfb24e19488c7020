import { defineOperation } from '../../http/operation.js';
import { ImGroupService } from '../../domain/im-groups/im-group.service.js';
import { ImGroupMemberParams } from './schemas.js';

// Delete IM directory group member — memberId is the user's id or email.
export default defineOperation({
  id: 'imGroupMembersDelete',
  group: 'IM Groups',
  method: 'DELETE',
  path: '/im/groups/{groupId}/members/{memberId}',
  master: true,
  summary: { en: 'Delete IM directory group member', zh: '删除IM目录组成员' },
  scopes: ['imgroup:write:admin'],
  rateLimit: 'Light',
  params: ImGroupMemberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(ImGroupService).removeMember(actor.accountId, params.groupId, params.memberId);
  },
});
