import type { AnyOperation } from '../../http/operation.js';

/** The Billing operations. */
export const billingOperations: AnyOperation[] = [];
