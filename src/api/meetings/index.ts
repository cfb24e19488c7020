import type { AnyOperation } from '../../http/operation.js';

/** The Meetings operations. */
export const meetingsOperations: AnyOperation[] = [];
