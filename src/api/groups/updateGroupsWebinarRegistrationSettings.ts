import { defineOperation } from '../../http/operation.js';
import { GroupService } from '../../domain/groups/group.service.js';
import { updateRegistrationSettings } from '../../domain/groups/settings.js';
import { GroupIdParams, RegistrationQuery, RegistrationSettings } from './schemas.js';

// Update a group's webinar registration settings — standard questions change by field_name; custom questions are replaced.
export default defineOperation({
  id: 'updateGroupsWebinarRegistrationSettings',
  group: 'Groups',
  method: 'PATCH',
  path: '/groups/{groupId}/settings/registration',
  master: true,
  summary: { en: "Update a group's webinar registration settings", zh: '更新小组的网络研讨会注册设置' },
  scopes: ['group:write:admin'],
  rateLimit: 'Medium',
  params: GroupIdParams,
  query: RegistrationQuery,
  body: RegistrationSettings,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId);
    await updateRegistrationSettings(svc, group, body ?? {});
  },
});
