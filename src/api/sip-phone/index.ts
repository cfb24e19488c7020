import type { AnyOperation } from '../../http/operation.js'
import createSIPPhone from './createSIPPhone.js'
import listSipPhones from './listSipPhones.js'
import updateSIPPhone from './updateSIPPhone.js'
import deleteSIPPhone from './deleteSIPPhone.js'
import EnableSIPPhonePhones from './EnableSIPPhonePhones.js'
import ListSIPPhonePhones from './ListSIPPhonePhones.js'
import UpdateSIPPhonePhones from './UpdateSIPPhonePhones.js'
import deleteSIPPhonePhones from './deleteSIPPhonePhones.js'

/** The SIP Phone operations: Zoom's current paths, then the deprecated older ones over the same phones. */
export const sipPhoneOperations: AnyOperation[] = [
  ListSIPPhonePhones,
  EnableSIPPhonePhones,
  UpdateSIPPhonePhones,
  deleteSIPPhonePhones,
  listSipPhones,
  createSIPPhone,
  updateSIPPhone,
  deleteSIPPhone,
]
