import { defineOperation } from '../../http/operation.js';
import { issueUserToken } from '../../domain/users/credentials.js';
import { UserIdParams } from './schemas.js';
import { UserTokenQuery, UserTokenResponse } from './schemas-profile.js';

// Get a user's token — GET /users/{userId}/token?type=token|zak (token by default).
export default defineOperation({
  id: 'userToken',
  group: 'Users',
  method: 'GET',
  path: '/users/{userId}/token',
  master: true,
  summary: { en: "Get a user's token", zh: '获取用户的令牌' },
  scopes: ['user:read:admin', 'user:read'],
  rateLimit: 'Light',
  params: UserIdParams,
  query: UserTokenQuery,
  success: { status: 200, schema: UserTokenResponse },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    return { token: await issueUserToken(svc, user, query.type ?? 'token', query.ttl) };
  },
});
