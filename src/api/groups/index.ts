import type { AnyOperation } from '../../http/operation.js';

/** The Groups operations. */
export const groupsOperations: AnyOperation[] = [];
