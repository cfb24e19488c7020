import type { AnyOperation } from '../../http/operation.js';

/** The IM Groups operations. */
export const imGroupsOperations: AnyOperation[] = [];
