import type { Services } from '../../services.js'
import { SipTrunksRepo } from '../../store/sip-trunks.repo.js'
import { zoomId } from '../../util/ids.js'
import { isMasterAccount } from '../accounts/sub-accounts.js'

/**
 * A master account's SIP trunks and trunk numbers are set up by Zoom when the SIP Connected Audio contract starts,
 * not through the API. Here every master account gets the same small pool the first time an operation needs it:
 * two trunks sharing the DNIS prefix 18888 (the first routes every call, `number_prefix` "0") and three numbers.
 * What the master later removes stays removed: the pool is provisioned once.
 */
const POOL_TRUNKS = [
  { name: 'Primary SIP trunk', sip_server_address: 'sip1.trunk.example.net', dnis: '1888812345', number_prefix: '0' },
  { name: 'Backup SIP trunk', sip_server_address: 'sip2.trunk.example.net', dnis: '1888812346', number_prefix: '1' },
] as const

const POOL_NUMBERS = [
  { number: '+18888120001', country: 'US' },
  { number: '+18888120002', country: 'US' },
  { number: '+442071230001', country: 'GB' },
] as const

/** Provisions the pool of `masterId` unless that was done before. */
export async function provisionPool(svc: Services, masterId: string): Promise<void> {
  const known = await new SipTrunksRepo(svc.db.kysely).account(masterId)
  if (known && known.provisioned_at !== null) return
  const now = svc.clock.now()
  await svc.db.kysely.transaction().execute(async (trx) => {
    const repo = new SipTrunksRepo(trx)
    if (!(await repo.markProvisioned(masterId, now))) return
    await repo.addTrunks(
      POOL_TRUNKS.map((t) => ({ ...t, account_id: masterId, id: zoomId(), outbound_caller_id: null, created_at: now })),
    )
    await repo.addNumbers(POOL_NUMBERS.map((n) => ({ ...n, account_id: masterId, created_at: now })))
  })
}

/** Provisions the pool of `accountId` when it is a master account; a sub account's trunks and numbers are assigned. */
export async function provisionIfMaster(svc: Services, accountId: string): Promise<void> {
  const row = await svc.accounts.getCached(accountId)
  if (row && isMasterAccount(row)) await provisionPool(svc, accountId)
}
