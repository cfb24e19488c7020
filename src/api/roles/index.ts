import type { AnyOperation } from '../../http/operation.js';

/** The Roles operations. */
export const rolesOperations: AnyOperation[] = [];
