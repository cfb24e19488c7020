import type { AnyOperation } from '../../http/operation.js'
import deviceCreate from './deviceCreate.js'
import deviceList from './deviceList.js'
import deviceUpdate from './deviceUpdate.js'
import deviceDelete from './deviceDelete.js'

/** The H323 Devices operations. */
export const h323DevicesOperations: AnyOperation[] = [deviceCreate, deviceList, deviceUpdate, deviceDelete]
