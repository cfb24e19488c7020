import type { AnyOperation } from '../../http/operation.js'
import tspUpdate from './tspUpdate.js'
import tsp from './tsp.js'
import userTSPUpdate from './userTSPUpdate.js'
import userTSP from './userTSP.js'
import userTSPDelete from './userTSPDelete.js'
import tspUrlUpdate from './tspUrlUpdate.js'
import userTSPCreate from './userTSPCreate.js'
import userTSPs from './userTSPs.js'

/** The TSP operations. */
export const tspOperations: AnyOperation[] = [
  tspUpdate,
  tsp,
  userTSPUpdate,
  userTSP,
  userTSPDelete,
  tspUrlUpdate,
  userTSPCreate,
  userTSPs,
]
