import type { AnyOperation } from '../../http/operation.js';

/** The Accounts operations. */
export const accountsOperations: AnyOperation[] = [];
