import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { SIP_PHONE_EMAIL, SipPhonesRepo, type SipPhoneRow } from '../../store/sip-phones.repo.js'
import { unlessTaken } from '../../store/unique.js'
import { zoomId } from '../../util/ids.js'
import { hasAccountFeature } from '../accounts/features.js'
import { keysetPage, numberedPage, paginate, type PageQuery } from '../paging.js'
import type { User } from '../users/user.service.js'
import { applyChange, phoneDoc, presentFlat, presentNested, type PhoneChange } from './shapes.js'

/**
 * An address may end in a platform suffix (`user@example.com.mac`), which gives the same user one phone per
 * platform; the user is the address without it.
 */
const PLATFORM_SUFFIX = /\.(win|mac|android|ipad|iphone|linux|pc|mobile|pad)$/i

export interface PhoneListQuery extends PageQuery {
  search_key?: string
}

/**
 * SIP phones (Phone System Integration): a user's softphone registration to the account's PBX. Zoom enables the
 * integration per account (the `sip_phone_integration` feature); while it is off every operation answers 400/200.
 */
export class SipPhoneService {
  readonly repo: SipPhonesRepo

  constructor(private svc: Services) {
    this.repo = new SipPhonesRepo(svc.db.kysely)
  }

  private async requireFeature(accountId: string): Promise<void> {
    if (!(await hasAccountFeature(this.svc, accountId, 'sip_phone_integration'))) throw errors.sipPhoneIntegrationOff()
  }

  private async row(accountId: string, phoneId: string): Promise<SipPhoneRow> {
    const row = await this.repo.byId(accountId, phoneId)
    if (!row) throw errors.sipPhoneNotFound()
    return row
  }

  /** The account's user an address names, with or without its platform suffix (404/1001 when none). */
  private async owner(accountId: string, email: string): Promise<User> {
    const users = this.svc.users
    const user =
      (await users.byEmail(accountId, email)) ??
      (PLATFORM_SUFFIX.test(email) ? await users.byEmail(accountId, email.replace(PLATFORM_SUFFIX, '')) : undefined)
    if (!user) throw errors.userNotInAccount(email)
    return user
  }

  /** Enables a SIP phone for a user: one per address in the account (400/300 for a second). */
  async create(accountId: string, change: PhoneChange): Promise<SipPhoneRow> {
    await this.requireFeature(accountId)
    const given = change.user_email ?? ''
    const user = await this.owner(accountId, given)
    const email = given.toLowerCase()
    if (await this.repo.byEmail(accountId, email)) throw errors.sipPhoneEmailTaken()
    const doc = applyChange(change)
    const now = this.svc.clock.now()
    const row: Omit<SipPhoneRow, 'seq'> = {
      account_id: accountId,
      id: zoomId(),
      user_id: user.id,
      user_email: email,
      user_key: user.email.toLowerCase(),
      name_key: doc.user_name.toLowerCase(),
      created_at: now,
      updated_at: now,
      data: JSON.stringify(doc),
    }
    await unlessTaken(SIP_PHONE_EMAIL, () => this.repo.insert(row), errors.sipPhoneEmailTaken)
    return { ...row, seq: 0 }
  }

  /** The current list: no totals, pages by token. */
  async list(accountId: string, query: PhoneListQuery) {
    await this.requireFeature(accountId)
    const page = await keysetPage(
      this.svc.pages,
      this.repo.listQuery(accountId, searchKey(query)),
      query,
      listName(accountId, query),
    )
    return { next_page_token: page.next_page_token, page_size: page.page_size, phones: page.items.map(presentNested) }
  }

  /** The older list: with totals, and the page number beside the token. */
  async listFlat(accountId: string, query: PhoneListQuery) {
    await this.requireFeature(accountId)
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(accountId, searchKey(query)),
      query,
      listName(accountId, query),
    )
    return {
      ...numberedPage(page),
      phones: page.items.map(presentFlat),
    }
  }

  /** Changes what the request names; the user and the other members keep their values. */
  async update(accountId: string, phoneId: string, change: PhoneChange): Promise<void> {
    await this.requireFeature(accountId)
    const row = await this.row(accountId, phoneId)
    const doc = applyChange(change, phoneDoc(row))
    await this.repo.update(accountId, phoneId, {
      data: JSON.stringify(doc),
      name_key: doc.user_name.toLowerCase(),
      updated_at: this.svc.clock.now(),
    })
  }

  async delete(accountId: string, phoneId: string): Promise<void> {
    await this.requireFeature(accountId)
    if (!(await this.repo.remove(accountId, phoneId))) throw errors.sipPhoneNotFound()
  }
}

/** `search_key` compared as the list stores its keys; a blank one lists every phone. */
function searchKey(query: PhoneListQuery): string | undefined {
  const key = query.search_key?.trim().toLowerCase()
  return key || undefined
}

/** Both shapes list the same phones in the same order, so a token of one continues the other. */
const listName = (accountId: string, query: PhoneListQuery) => `sip-phones|${accountId}|${searchKey(query) ?? ''}`
