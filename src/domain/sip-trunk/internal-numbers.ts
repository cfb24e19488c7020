import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { FieldError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import {
  SIP_INTERNAL_NUMBER_UNIQUE,
  SipInternalNumbersRepo,
  type SipInternalNumberRow,
} from '../../store/sip-internal-numbers.repo.js'
import { unlessTaken } from '../../store/unique.js'
import { zoomId } from '../../util/ids.js'
import type { Actor } from '../actor.js'
import { pageTotals, paginate, type PageQuery } from '../paging.js'
import { countryOf } from './countries.js'
import { requireSipTrunkAccount } from './plan.js'
import type { AddInternalNumbersBody, UpdateInternalNumberBody } from '../../schemas/sip-connected-audio/internal.js'

export type AddInternalNumbersInput = Static<typeof AddInternalNumbersBody>
export type UpdateInternalNumberInput = Static<typeof UpdateInternalNumberBody>

export function presentInternalNumber(row: SipInternalNumberRow) {
  return {
    id: row.id,
    number: row.number,
    display_number: row.display_number,
    country: row.country,
    type: Number(row.type),
    labels: row.labels,
    languages: row.languages,
    visible: Number(row.visible) === 1,
    allow_join: Number(row.allow_join) === 1,
    allow_for_external_meetings: Number(row.allow_for_external_meetings) === 1,
  }
}

/** A visible number can always be used to join: Zoom keeps `allow_join` true while `visible` is. */
function joinFlags(visible: boolean, allowJoin: boolean | undefined): { visible: number; allow_join: number } {
  return { visible: visible ? 1 : 0, allow_join: visible || allowJoin !== false ? 1 : 0 }
}

/** The country's ISO code as stored, or a field error naming `field`. */
function checkedCountry(code: string, field: string, problems: FieldError[]): string {
  const country = countryOf(code)
  if (!country) problems.push({ field, message: `Invalid country: ${code}.` })
  return country?.id ?? code
}

/**
 * Internal numbers: phone numbers the organization owns (not Zoom's) that a master account lists for itself or a
 * sub account, shown in meeting invitations and dialled over the SIP trunk. A number is listed once per account.
 */
export class SipInternalNumbers {
  readonly repo: SipInternalNumbersRepo

  constructor(private svc: Services) {
    this.repo = new SipInternalNumbersRepo(svc.db.kysely)
  }

  private async row(accountId: string, numberId: string): Promise<SipInternalNumberRow> {
    const row = await this.repo.numberById(accountId, numberId)
    if (!row) throw errors.sipInternalNumberNotFound(numberId)
    return row
  }

  /** What the unique index answers when a concurrent request listed one of `numbers` first. */
  private taken(accountId: string, numbers: readonly string[]) {
    return async () => {
      const existing = await this.repo.existingNumbers(accountId, numbers)
      return errors.sipInternalNumberTaken(numbers.find((n) => existing.has(n)) ?? numbers[0] ?? '')
    }
  }

  async list(actor: Actor, query: PageQuery) {
    await requireSipTrunkAccount(this.svc, actor)
    const accountId = actor.accountId
    const page = await paginate(
      this.svc.pages,
      this.repo.numbersQuery(accountId),
      query,
      `sip-internal-numbers|${accountId}`,
    )
    return {
      ...pageTotals(page),
      internal_numbers: page.items.map(presentInternalNumber),
    }
  }

  /** Adds 1–30 numbers at once: all of them, or none when one is invalid or already listed. */
  async add(actor: Actor, input: AddInternalNumbersInput) {
    await requireSipTrunkAccount(this.svc, actor)
    const accountId = actor.accountId
    const problems: FieldError[] = []
    const now = this.svc.clock.now()
    const rows = input.internal_numbers.map((n, index): Omit<SipInternalNumberRow, 'seq'> => ({
      account_id: accountId,
      id: zoomId(),
      number: n.number,
      display_number: n.display_number,
      country: checkedCountry(n.country, `internal_numbers.${index}.country`, problems),
      type: n.type,
      labels: n.labels,
      languages: n.languages,
      ...joinFlags(n.visible !== false, n.allow_join),
      allow_for_external_meetings: n.allow_for_external_meetings ? 1 : 0,
      created_at: now,
    }))
    if (problems.length) throw errors.validation(problems)
    const numbers = rows.map((r) => r.number)
    const repeated = numbers.find((n, index) => numbers.indexOf(n) !== index)
    if (repeated) throw errors.sipInternalNumberTaken(repeated)
    const existing = await this.repo.existingNumbers(accountId, numbers)
    const listed = numbers.find((n) => existing.has(n))
    if (listed) throw errors.sipInternalNumberTaken(listed)
    await unlessTaken(SIP_INTERNAL_NUMBER_UNIQUE, () => this.repo.insertNumbers(rows), this.taken(accountId, numbers))
    return { internal_numbers: rows.map((r) => presentInternalNumber({ ...r, seq: 0 })) }
  }

  /** Changes the properties given; the others keep their values. */
  async update(actor: Actor, numberId: string, input: UpdateInternalNumberInput): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    const accountId = actor.accountId
    const current = await this.row(accountId, numberId)
    const problems: FieldError[] = []
    const country = input.country === undefined ? undefined : checkedCountry(input.country, 'country', problems)
    if (problems.length) throw errors.validation(problems)
    const number = input.number
    if (number !== undefined && number !== current.number) {
      const existing = await this.repo.existingNumbers(accountId, [number])
      if (existing.has(number)) throw errors.sipInternalNumberTaken(number)
    }
    const visible = input.visible ?? Number(current.visible) === 1
    const allowJoin = input.allow_join ?? Number(current.allow_join) === 1
    const patch = {
      ...(number !== undefined ? { number } : {}),
      ...(input.display_number !== undefined ? { display_number: input.display_number } : {}),
      ...(country !== undefined ? { country } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.labels !== undefined ? { labels: input.labels } : {}),
      ...(input.languages !== undefined ? { languages: input.languages } : {}),
      ...joinFlags(visible, allowJoin),
      ...(input.allow_for_external_meetings !== undefined
        ? { allow_for_external_meetings: input.allow_for_external_meetings ? 1 : 0 }
        : {}),
    }
    await unlessTaken(
      SIP_INTERNAL_NUMBER_UNIQUE,
      () => this.repo.updateNumber(accountId, numberId, patch),
      this.taken(accountId, number === undefined ? [] : [number]),
    )
  }

  async delete(actor: Actor, numberId: string): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    if (!(await this.repo.removeNumber(actor.accountId, numberId))) throw errors.sipInternalNumberNotFound(numberId)
  }
}
