import type { AnyOperation } from '../../http/operation.js';

/** The Simulator operations. */
export const simulatorOperations: AnyOperation[] = [];
