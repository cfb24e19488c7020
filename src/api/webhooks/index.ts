import type { AnyOperation } from '../../http/operation.js';

/** The Webhooks operations. */
export const webhooksOperations: AnyOperation[] = [];
