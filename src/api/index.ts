import type { AnyOperation } from '../http/operation.js';
import { usersOperations } from './users/index.js';

/** Every implemented operation, group by group. */
export const operations: AnyOperation[] = [...usersOperations];
