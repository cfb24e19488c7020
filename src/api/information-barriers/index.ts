import type { AnyOperation } from '../../http/operation.js'
import InformationBarriersCreate from './InformationBarriersCreate.js'
import InformationBarriersDelete from './InformationBarriersDelete.js'
import InformationBarriersGet from './InformationBarriersGet.js'
import InformationBarriersList from './InformationBarriersList.js'
import InformationBarriersUpdate from './InformationBarriersUpdate.js'

/** The Information Barriers operations. */
export const informationBarriersOperations: AnyOperation[] = [
  InformationBarriersList,
  InformationBarriersCreate,
  InformationBarriersGet,
  InformationBarriersUpdate,
  InformationBarriersDelete,
]
