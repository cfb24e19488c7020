import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { operatorOf } from '../users/profile-events.js'
import { requireUsableUser } from '../users/settings.js'
import type { User } from '../users/user.service.js'
import type { Services } from '../../services.js'
import {
  TspRepo,
  USER_TSP_SLOT,
  type TspAccountInfoRow,
  type TspInfoPatch,
  type UserTspAccountRow,
} from '../../store/tsp.repo.js'
import { retryIfTaken } from '../../store/unique.js'
import { parseJson } from '../../util/json.js'
import type { DIAL_IN_TYPES, TSP_BRIDGES, TspInfoUpdateBody, UserTspBody } from '../../schemas/tsp/schemas.js'

export type TspInfoInput = Static<typeof TspInfoUpdateBody>
export type UserTspInput = Static<typeof UserTspBody>
type Bridge = (typeof TSP_BRIDGES)[number]

export interface TspDialInNumber {
  code?: string
  country_label?: string
  number: string
  type: (typeof DIAL_IN_TYPES)[number]
}

/** A user's TSP account slots, in the order they are filled. */
const TSP_IDS = ['1', '2'] as const

/** What an account that never changed its TSP information shows: TSP off, the US bridge, no numbers. */
function defaultInfo(accountId: string, now: number): TspAccountInfoRow {
  return {
    account_id: accountId,
    tsp_enabled: 0,
    enable: 0,
    tsp_provider: '',
    tsp_bridge: 'US_TSP_TB',
    dial_in_number_unrestricted: 0,
    modify_credential_forbidden: 0,
    master_account_setting_extended: 0,
    dial_in_numbers: '[]',
    updated_at: now,
  }
}

const flag = (v: number | string) => Number(v) === 1

/** GET /tsp's body. */
export function presentTspInfo(row: TspAccountInfoRow) {
  return {
    dial_in_number_unrestricted: flag(row.dial_in_number_unrestricted),
    dial_in_numbers: parseJson<{ code?: string; number?: string; type?: string }[]>(row.dial_in_numbers),
    enable: flag(row.enable),
    master_account_setting_extended: flag(row.master_account_setting_extended),
    modify_credential_forbidden: flag(row.modify_credential_forbidden),
    tsp_bridge: row.tsp_bridge as Bridge,
    tsp_enabled: flag(row.tsp_enabled),
    tsp_provider: row.tsp_provider,
  }
}

export type TspInfo = ReturnType<typeof presentTspInfo>

/** The credentials of a TSP account, as its events carry them under `tsp_credentials` and `old_object`. */
function credentials(row: UserTspAccountRow) {
  return {
    conference_code: row.conference_code,
    leader_pin: row.leader_pin,
    tsp_bridge: row.tsp_bridge as Bridge,
    dial_in_numbers: parseJson<TspDialInNumber[]>(row.dial_in_numbers),
  }
}

/** `payload.object` of the user.tsp_* events. */
function eventObject(user: User, row: UserTspAccountRow) {
  return { id: user.id, email: user.email, tsp_credentials: credentials(row) }
}

/** A user's TSP account as the API shows it. */
export function presentUserTsp(row: UserTspAccountRow) {
  return { id: row.tsp_id, ...credentials(row) }
}

/** Numbers as stored: a number without a type is a toll number; labels and codes only when given. */
function dialInNumbers(given: UserTspInput['dial_in_numbers']): TspDialInNumber[] {
  return (given ?? []).map((n) => ({
    ...(n.code !== undefined ? { code: n.code } : {}),
    ...(n.country_label !== undefined ? { country_label: n.country_label } : {}),
    number: n.number,
    type: n.type ?? 'toll',
  }))
}

/** AT&T's bridge joins over a media link number, so its accounts must carry one. */
const isAtt = (provider: string) => /^\s*at\s*&?\s*t\b/i.test(provider)

/** A global dial-in page: an absolute http(s) address with a host name. */
function isPageUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/**
 * Third-party audio conferencing (TSP). The account's TSP information holds its switch, `tsp_enabled`: while
 * it is off, every user TSP operation is refused with 2024 before anything is looked up. A user holds at most two
 * TSP accounts, numbered "1" and "2", and keeps at least one once added.
 */
export class TspService {
  readonly repo: TspRepo

  constructor(private svc: Services) {
    this.repo = new TspRepo(svc.db.kysely)
  }

  /** The account's TSP information, or the defaults when it never changed. */
  async accountInfo(accountId: string): Promise<TspInfo> {
    return presentTspInfo((await this.repo.info(accountId)) ?? defaultInfo(accountId, this.svc.clock.now()))
  }

  async info(accountId: string): Promise<TspInfo> {
    await requirePaidAccount(this.svc, accountId)
    return this.accountInfo(accountId)
  }

  /** Writes the members sent, and nothing else. */
  async updateInfo(accountId: string, input: TspInfoInput): Promise<void> {
    await requirePaidAccount(this.svc, accountId)
    const patch: TspInfoPatch = {}
    const bit = (v: boolean) => (v ? 1 : 0)
    if (input.tsp_enabled !== undefined) patch.tsp_enabled = bit(input.tsp_enabled)
    if (input.enable !== undefined) patch.enable = bit(input.enable)
    if (input.tsp_provider !== undefined) patch.tsp_provider = input.tsp_provider
    if (input.tsp_bridge !== undefined) patch.tsp_bridge = input.tsp_bridge
    if (input.dial_in_number_unrestricted !== undefined)
      patch.dial_in_number_unrestricted = bit(input.dial_in_number_unrestricted)
    if (input.modify_credential_forbidden !== undefined)
      patch.modify_credential_forbidden = bit(input.modify_credential_forbidden)
    if (input.master_account_setting_extended !== undefined)
      patch.master_account_setting_extended = bit(input.master_account_setting_extended)
    if (!Object.keys(patch).length) return
    const now = this.svc.clock.now()
    await this.repo.saveInfo(defaultInfo(accountId, now), { ...patch, updated_at: now })
  }

  /** The account's information when TSP is on; 400/2024 otherwise. */
  private async enabledInfo(accountId: string): Promise<TspInfo> {
    const info = await this.accountInfo(accountId)
    if (!info.tsp_enabled) throw errors.tspNotEnabled()
    return info
  }

  private async user(actor: Actor, userId: string): Promise<User> {
    const user = await this.svc.users.resolve(actor, userId)
    try {
      requireUsableUser(this.svc, user)
    } catch {
      throw errors.tspInvitationNotFound()
    }
    return user
  }

  private async row(user: User, tspId: string): Promise<UserTspAccountRow> {
    if (!(TSP_IDS as readonly string[]).includes(tspId)) throw errors.tspUnknownId()
    const row = await this.repo.userAccount(user.account_id, user.id, tspId)
    if (!row) throw errors.tspConfigNotFound()
    return row
  }

  private checkMediaLink(info: TspInfo, numbers: TspDialInNumber[]): void {
    if (isAtt(info.tsp_provider) && !numbers.some((n) => n.type === 'media_link')) throw errors.tspMediaLinkRequired()
  }

  async list(actor: Actor, userId: string) {
    await this.enabledInfo(actor.accountId)
    const user = await this.user(actor, userId)
    return { tsp_accounts: (await this.repo.userAccounts(user.account_id, user.id)).map(presentUserTsp) }
  }

  async get(actor: Actor, userId: string, tspId: string) {
    await this.enabledInfo(actor.accountId)
    const user = await this.user(actor, userId)
    return presentUserTsp(await this.row(user, tspId))
  }

  /** Adds the user's next TSP account in the first free slot; 400/300 once both are taken. */
  async create(actor: Actor, userId: string, input: UserTspInput) {
    const info = await this.enabledInfo(actor.accountId)
    const user = await this.user(actor, userId)
    const numbers = dialInNumbers(input.dial_in_numbers)
    this.checkMediaLink(info, numbers)
    const operator = await operatorOf(this.svc, actor)
    // Two requests may pick the same free slot; the later one, run again, sees it taken.
    return retryIfTaken(USER_TSP_SLOT, async () => {
      const taken = new Set((await this.repo.userAccounts(user.account_id, user.id)).map((r) => r.tsp_id))
      const slot = TSP_IDS.find((id) => !taken.has(id))
      if (!slot) throw errors.tspMaxConfigs()
      const now = this.svc.clock.now()
      const row: UserTspAccountRow = {
        account_id: user.account_id,
        user_id: user.id,
        tsp_id: slot,
        conference_code: input.conference_code,
        leader_pin: input.leader_pin,
        tsp_bridge: input.tsp_bridge ?? info.tsp_bridge,
        dial_in_numbers: JSON.stringify(numbers),
        created_at: now,
        updated_at: now,
      }
      const object = eventObject(user, row)
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        await new TspRepo(trx).insertUserAccount(row)
        await this.svc.events.emit(
          { event: 'user.tsp_created', accountId: user.account_id, object, payload: operator },
          trx,
        )
      })
      return presentUserTsp(row)
    })
  }

  /** Sets the conference code and leader PIN; the bridge and the numbers change only when sent. */
  async update(actor: Actor, userId: string, tspId: string, input: UserTspInput): Promise<void> {
    const info = await this.enabledInfo(actor.accountId)
    const user = await this.user(actor, userId)
    const before = await this.row(user, tspId)
    const numbers =
      input.dial_in_numbers !== undefined
        ? dialInNumbers(input.dial_in_numbers)
        : parseJson<TspDialInNumber[]>(before.dial_in_numbers)
    this.checkMediaLink(info, numbers)
    const after: UserTspAccountRow = {
      ...before,
      conference_code: input.conference_code,
      leader_pin: input.leader_pin,
      tsp_bridge: input.tsp_bridge ?? before.tsp_bridge,
      dial_in_numbers: JSON.stringify(numbers),
      updated_at: this.svc.clock.now(),
    }
    const operator = await operatorOf(this.svc, actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await new TspRepo(trx).updateUserAccount(user.account_id, user.id, tspId, {
        conference_code: after.conference_code,
        leader_pin: after.leader_pin,
        tsp_bridge: after.tsp_bridge,
        dial_in_numbers: after.dial_in_numbers,
        updated_at: after.updated_at,
      })
      await this.svc.events.emit(
        {
          event: 'user.tsp_updated',
          accountId: user.account_id,
          object: eventObject(user, after),
          payload: { ...operator, old_object: credentials(before) },
        },
        trx,
      )
    })
  }

  /** Removes a TSP account, unless it is the user's only one. */
  async delete(actor: Actor, userId: string, tspId: string): Promise<void> {
    await this.enabledInfo(actor.accountId)
    const user = await this.user(actor, userId)
    await this.row(user, tspId)
    const operator = await operatorOf(this.svc, actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new TspRepo(trx)
      // Read again under the user's lock: two deletes at once must not leave the user with none.
      if (this.svc.db.dialect === 'postgres') await repo.lockUser(user.account_id, user.id)
      const held = await repo.userAccounts(user.account_id, user.id)
      const row = held.find((r) => r.tsp_id === tspId)
      if (!row) throw errors.tspConfigNotFound()
      if (held.length < 2) throw errors.tspLastConfig()
      await repo.removeUserAccount(user.account_id, user.id, tspId)
      await this.svc.events.emit(
        { event: 'user.tsp_deleted', accountId: user.account_id, object: eventObject(user, row), payload: operator },
        trx,
      )
    })
  }

  /**
   * Sets the user's global dial-in page. Zoom keeps it for accounts with its special TSP privilege, which here is
   * the account's third-party audio option (`enable`): 400/2000 while that is off. An empty URL removes it.
   */
  async setAudioUrl(actor: Actor, userId: string, audioUrl: string | undefined): Promise<void> {
    const info = await this.enabledInfo(actor.accountId)
    if (!info.enable) throw errors.tspNotSpecialAccount()
    const user = await this.user(actor, userId)
    if (audioUrl === undefined) return
    const url = audioUrl.trim()
    if (url !== '' && !isPageUrl(url)) throw errors.tspInvalidAudioUrl()
    await this.repo.saveAudioUrl(user.account_id, user.id, url, this.svc.clock.now())
  }

  /**
   * What a meeting invitation of this host lists for third-party audio: the dial-in numbers and conference code
   * of the host's first TSP account and the host's global dial-in page, when the account has TSP and its
   * third-party audio option on. Undefined otherwise.
   */
  async hostDialIn(
    accountId: string,
    hostId: string,
  ): Promise<{ numbers: TspDialInNumber[]; conferenceCode: string; audioUrl: string } | undefined> {
    const info = await this.accountInfo(accountId)
    if (!info.tsp_enabled || !info.enable) return undefined
    const [first] = await this.repo.userAccounts(accountId, hostId)
    if (!first) return undefined
    return {
      numbers: parseJson<TspDialInNumber[]>(first.dial_in_numbers),
      conferenceCode: first.conference_code,
      audioUrl: (await this.repo.audioUrl(accountId, hostId)) ?? '',
    }
  }
}
