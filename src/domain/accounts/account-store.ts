import type { Kysely } from 'kysely'
import type { ZoomEvent } from '../../events/bus.js'
import type { Database } from '../../store/tables.js'
import type { Services } from '../../services.js'
import { AccountsRepo, type AccountRow } from '../../store/accounts.repo.js'
import { parseJson } from '../../util/json.js'
import type { AccountData } from './account.service.js'

export type AccountPatch = Partial<Pick<AccountRow, 'plan' | 'name' | 'owner_id' | 'master_account_id' | 'status'>> & {
  data?: AccountData
}

export function accountData(row: AccountRow): AccountData {
  return parseJson<AccountData>(row.data)
}

/** Writes an account row change together with its events, then drops the cached row. */
export async function saveAccount(
  svc: Services,
  id: string,
  patch: AccountPatch,
  events: ZoomEvent[] = [],
  also?: (trx: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const { data, ...columns } = patch
  const set: Partial<Omit<AccountRow, 'seq' | 'id'>> = { ...columns }
  if (data) set.data = JSON.stringify(data)
  await svc.db.kysely.transaction().execute(async (trx) => {
    if (Object.keys(set).length) await new AccountsRepo(trx).update(id, set)
    if (also) await also(trx)
    for (const e of events) await svc.events.emit(e, trx)
  })
  svc.accounts.forget(id)
}

/** `operator` / `operator_id` of an account event: the token's user. */
export async function operatorOf(
  svc: Services,
  callerAccountId: string,
  userId: string | null,
): Promise<{ operator: string; operator_id: string }> {
  const u = userId ? await svc.users.byId(callerAccountId, userId) : undefined
  return { operator: u?.email ?? '', operator_id: userId ?? '' }
}

/** yyyy-mm-dd (UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
