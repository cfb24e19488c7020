import { defineOperation } from '../../http/operation.js';
import { userSummary } from '../../domain/users/lifecycle.js';
import { UserSummaryResponse } from './schemas-profile.js';

// Get user summary — GET /users/summary. A static path, so it is never taken for /users/{userId}.
export default defineOperation({
  id: 'userSummary',
  group: 'Users',
  method: 'GET',
  path: '/users/summary',
  master: true,
  summary: { en: 'Get user summary', zh: '获取用户摘要' },
  scopes: ['user:read:admin'],
  rateLimit: 'Medium',
  success: { status: 200, schema: UserSummaryResponse },
  async handle({ actor, svc }) {
    return userSummary(svc, actor.accountId);
  },
});
