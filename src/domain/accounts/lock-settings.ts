import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import type { AccountRow } from '../../store/accounts.repo.js'
import { accountData, operatorOf, saveAccount } from './account-store.js'
import type { Actor } from '../actor.js'
import { filterFieldList, pickKnown } from '../settings/fields.js'
import { previousValues } from '../settings/layers.js'
import { ACCOUNT_LOCK_SWITCHES, changeLocks, lockSwitches } from '../settings/locks.js'

/** The account's locked settings: nothing locked by default; the account row's `data.lock_settings` holds changes. */
function lockSettingsOf(row: AccountRow): Json {
  return lockSwitches(ACCOUNT_LOCK_SWITCHES, (accountData(row).lock_settings as Json | undefined) ?? {})
}

/** Read with every user settings read: from the cached account row, which a lock change drops. */
export async function lockSettings(svc: Services, accountId: string): Promise<Json> {
  return lockSettingsOf(await svc.accounts.requireCached(accountId))
}

/** GET /accounts/{accountId}/lock_settings: the sections, or with `option=meeting_security` that section alone. */
export async function lockSettingsView(
  svc: Services,
  accountId: string,
  option: string | undefined,
  fields: string | undefined,
): Promise<Json> {
  const { meeting_security, ...sections } = await lockSettings(svc, accountId)
  return filterFieldList(option === 'meeting_security' ? { meeting_security } : sections, fields)
}

/** PATCH /accounts/{accountId}/lock_settings, announced as account.lock_settings_updated. */
export async function updateLockSettings(svc: Services, actor: Actor, change: Json): Promise<void> {
  const row = await svc.accounts.require(actor.accountId)
  const data = accountData(row)
  const known = pickKnown(change, ACCOUNT_LOCK_SWITCHES)
  const before = lockSettingsOf(row)
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId)
  await saveAccount(
    svc,
    row.id,
    { data: { ...data, lock_settings: changeLocks((data.lock_settings as Json | undefined) ?? {}, known) } },
    [
      {
        event: 'account.lock_settings_updated',
        accountId: row.id,
        payload: {
          ...op,
          time_stamp: svc.clock.now(),
          old_object: { id: row.id, settings: previousValues(known, before) },
        },
        object: { id: row.id, settings: known },
      },
    ],
  )
}
