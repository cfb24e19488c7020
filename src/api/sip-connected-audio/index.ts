import type { AnyOperation } from '../../http/operation.js'
import updateAnInternalNumber from './updateAnInternalNumber.js'
import deleteAnInternalNumber from './deleteAnInternalNumber.js'
import assignSIPTrunkConfiguration from './assignSIPTrunkConfiguration.js'
import getSIPTrunkConfiguration from './getSIPTrunkConfiguration.js'
import assignSIPTrunks from './assignSIPTrunks.js'
import listSIPTrunks from './listSIPTrunks.js'
import listSIPTrunkNumbers from './listSIPTrunkNumbers.js'
import deleteInternalCalloutCountry from './deleteInternalCalloutCountry.js'
import addInternalCalloutCountries from './addInternalCalloutCountries.js'
import listInternalCalloutCountries from './listInternalCalloutCountries.js'
import assignNumbers from './assignNumbers.js'
import deleteAllNumbers from './deleteAllNumbers.js'
import addInternalNumbers from './addInternalNumbers.js'
import listInternalNumbers from './listInternalNumbers.js'
import deleteASIPTrunk from './deleteASIPTrunk.js'

/** The SIP Connected Audio operations. */
export const sipConnectedAudioOperations: AnyOperation[] = [
  updateAnInternalNumber,
  deleteAnInternalNumber,
  assignSIPTrunkConfiguration,
  getSIPTrunkConfiguration,
  assignSIPTrunks,
  listSIPTrunks,
  listSIPTrunkNumbers,
  deleteInternalCalloutCountry,
  addInternalCalloutCountries,
  listInternalCalloutCountries,
  assignNumbers,
  deleteAllNumbers,
  addInternalNumbers,
  listInternalNumbers,
  deleteASIPTrunk,
]
