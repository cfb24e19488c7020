import type { AnyOperation } from '../../http/operation.js';

/** The Tracking Field operations. */
export const trackingFieldsOperations: AnyOperation[] = [];
