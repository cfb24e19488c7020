import type { AnyOperation } from '../../http/operation.js'
import trackingfieldCreate from './trackingfieldCreate.js'
import trackingfieldDelete from './trackingfieldDelete.js'
import trackingfieldGet from './trackingfieldGet.js'
import trackingfieldList from './trackingfieldList.js'
import trackingfieldUpdate from './trackingfieldUpdate.js'

/** The Tracking Field operations. */
export const trackingFieldsOperations: AnyOperation[] = [
  trackingfieldList,
  trackingfieldCreate,
  trackingfieldGet,
  trackingfieldUpdate,
  trackingfieldDelete,
]
