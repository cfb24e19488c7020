import type { AnyOperation } from '../../http/operation.js';
import user from './user.js';
import userCreate from './userCreate.js';
import users from './users.js';

export const usersOperations: AnyOperation[] = [users, userCreate, user];
