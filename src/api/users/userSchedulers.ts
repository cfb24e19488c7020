import { defineOperation } from '../../http/operation.js';
import { listSchedulers } from '../../domain/users/assistants.js';
import { UserIdParams } from './schemas.js';
import { SchedulersList } from './schemas-relations.js';

// List user schedulers — the users who made this user their assistant.
export default defineOperation({
  id: 'userSchedulers',
  group: 'Users',
  method: 'GET',
  path: '/users/{userId}/schedulers',
  master: true,
  summary: { en: 'List user schedulers', zh: '列出用户调度程序' },
  scopes: ['user:read:admin', 'user:read'],
  rateLimit: 'Medium',
  params: UserIdParams,
  success: { status: 200, schema: SchedulersList },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    return { schedulers: await listSchedulers(svc, user) };
  },
});
