import type { AnyOperation } from '../../http/operation.js';

/** The Information Barriers operations. */
export const informationBarriersOperations: AnyOperation[] = [];
