import { randomBytes } from 'node:crypto'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import { planTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'
import { TrackingFieldsRepo, type TrackingFieldRow } from '../../store/tracking-fields.repo.js'
import { UNIQUE, unlessTaken } from '../../store/unique.js'
import type { CreateTrackingFieldBody } from '../../schemas/tracking-fields/schemas.js'
import type { TrackingfieldUpdateBody } from '../../schemas/tracking-fields/schemas.gen.js'

export type CreateTrackingFieldInput = Static<typeof CreateTrackingFieldBody>
export type UpdateTrackingFieldInput = Static<typeof TrackingfieldUpdateBody>

/** Labels are compared trimmed and without regard to case. */
export const fieldKey = (field: string) => field.trim().toLowerCase()

/** Zoom's tracking field ids are 13 URL-safe characters (`a32CJji-weJ92`). */
const trackingFieldId = () => randomBytes(10).toString('base64url').slice(0, 13)

export function presentTrackingField(row: TrackingFieldRow) {
  return {
    id: row.id,
    field: row.field,
    recommended_values: JSON.parse(row.recommended_values) as string[],
    required: Number(row.required) === 1,
    visible: Number(row.visible) === 1,
  }
}

/** Tracking fields of an account. Zoom offers them on Business, Education, API and higher plans. */
export class TrackingFieldService {
  readonly repo: TrackingFieldsRepo

  constructor(private svc: Services) {
    this.repo = new TrackingFieldsRepo(svc.db.kysely, svc.db.writes)
  }

  private async requirePlan(accountId: string): Promise<void> {
    const account = await this.svc.accounts.getCached(accountId)
    const tier = account ? planTier(account.plan) : 'free'
    if (tier === 'free') throw errors.paidAccountOnly(accountId)
    if (tier === 'pro') throw errors.trackingFieldPlan()
  }

  private async row(accountId: string, fieldId: string): Promise<TrackingFieldRow> {
    const row = await this.repo.byId(accountId, fieldId)
    if (!row) throw errors.trackingFieldNotFound(fieldId)
    return row
  }

  /** A label that is not blank (400/300) and not already another field's (400/200). */
  private async label(accountId: string, field: string, selfId?: string): Promise<string> {
    const label = field.trim()
    if (!label) throw errors.missingField('field')
    const other = await this.repo.byKey(accountId, fieldKey(label))
    if (other && other.id !== selfId) throw errors.trackingFieldExists()
    return label
  }

  /** Every field of the account in one list, as Zoom returns it (no pages). */
  async list(accountId: string) {
    await this.requirePlan(accountId)
    const rows = await this.repo.list(accountId)
    return { total_records: rows.length, tracking_fields: rows.map(presentTrackingField) }
  }

  async get(accountId: string, fieldId: string) {
    await this.requirePlan(accountId)
    return presentTrackingField(await this.row(accountId, fieldId))
  }

  async create(accountId: string, input: CreateTrackingFieldInput) {
    await this.requirePlan(accountId)
    const label = await this.label(accountId, input.field)
    const row: Omit<TrackingFieldRow, 'seq'> = {
      account_id: accountId,
      id: trackingFieldId(),
      field: label,
      field_key: fieldKey(label),
      required: input.required ? 1 : 0,
      visible: input.visible === false ? 0 : 1,
      recommended_values: JSON.stringify(input.recommended_values ?? []),
      created_at: this.svc.clock.now(),
    }
    await unlessTaken(UNIQUE.trackingFieldKey, () => this.repo.insert(row), errors.trackingFieldExists)
    return presentTrackingField({ ...row, seq: 0 })
  }

  /** Changes the properties given; the others keep their values. */
  async update(accountId: string, fieldId: string, input: UpdateTrackingFieldInput): Promise<void> {
    await this.requirePlan(accountId)
    await this.row(accountId, fieldId)
    const patch: Parameters<TrackingFieldsRepo['update']>[2] = {}
    if (input.field !== undefined) {
      const label = await this.label(accountId, input.field, fieldId)
      patch.field = label
      patch.field_key = fieldKey(label)
    }
    if (input.required !== undefined) patch.required = input.required ? 1 : 0
    if (input.visible !== undefined) patch.visible = input.visible ? 1 : 0
    if (input.recommended_values !== undefined) patch.recommended_values = JSON.stringify(input.recommended_values)
    if (Object.keys(patch).length)
      await unlessTaken(
        UNIQUE.trackingFieldKey,
        () => this.repo.update(accountId, fieldId, patch),
        errors.trackingFieldExists,
      )
  }

  async delete(accountId: string, fieldId: string): Promise<void> {
    await this.requirePlan(accountId)
    await this.row(accountId, fieldId)
    await this.repo.remove(accountId, fieldId)
  }
}
