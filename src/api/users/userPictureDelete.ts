import { defineOperation } from '../../http/operation.js';
import { removeProfilePicture } from '../../domain/users/uploads.js';
import { UserIdParams } from './schemas.js';

// Delete a user's profile picture — 204, also when there was none.
export default defineOperation({
  id: 'userPictureDelete',
  group: 'Users',
  method: 'DELETE',
  path: '/users/{userId}/picture',
  master: true,
  summary: { en: "Delete a user's profile picture", zh: '删除用户的个人资料图片' },
  scopes: ['user:write:admin', 'user:write'],
  rateLimit: 'Medium',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    await removeProfilePicture(svc, user);
  },
});
