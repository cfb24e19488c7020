import type { AnyOperation } from '../../http/operation.js'
import accounts from './accounts.js'
import accountCreate from './accountCreate.js'
import GetSubAccountDetails from './GetSubAccountDetails.js'
import DisassociateASubAccount from './DisassociateASubAccount.js'
import accountOptionsUpdate from './accountOptionsUpdate.js'
import getAccountLockSettings from './getAccountLockSettings.js'
import updateAccountLockSettings from './updateAccountLockSettings.js'
import updateAccountOwner from './updateAccountOwner.js'
import accountSettings from './accountSettings.js'
import accountSettingsUpdate from './accountSettingsUpdate.js'
import uploadVB from './uploadVB.js'
import delVB from './delVB.js'
import getAccountsWebinarRegistrationSettings from './getAccountsWebinarRegistrationSettings.js'
import updateAccountsWebinarRegistrationSettings from './updateAccountsWebinarRegistrationSettings.js'
import accountManagedDomain from './accountManagedDomain.js'
import accountTrustedDomain from './accountTrustedDomain.js'

/** The Accounts operations. */
export const accountsOperations: AnyOperation[] = [
  // sub accounts
  accounts,
  accountCreate,
  GetSubAccountDetails,
  DisassociateASubAccount,
  accountOptionsUpdate,
  updateAccountOwner,
  // settings
  accountSettings,
  accountSettingsUpdate,
  getAccountLockSettings,
  updateAccountLockSettings,
  getAccountsWebinarRegistrationSettings,
  updateAccountsWebinarRegistrationSettings,
  uploadVB,
  delVB,
  accountManagedDomain,
  accountTrustedDomain,
]
