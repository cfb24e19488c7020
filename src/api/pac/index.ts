import type { AnyOperation } from '../../http/operation.js'
import userPACs from './userPACs.js'

/** The PAC operations. */
export const pacOperations: AnyOperation[] = [userPACs]
