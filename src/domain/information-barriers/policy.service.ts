import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import { paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { InformationBarriersRepo, type InformationBarrierPolicyRow } from '../../store/information-barriers.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson } from '../../util/json.js'
import { isPaidAccount } from '../accounts/plan.js'
import { GroupService } from '../groups/group.service.js'
import type { CreatePolicyBody, UpdatePolicyBody } from '../../schemas/information-barriers/schemas.js'

export const POLICY_SETTINGS = [
  'complete_phone_calls',
  'file_transfer',
  'im',
  'in_meeting_chat',
  'meeting',
  'message_via_sms',
  'recording',
  'screen_share',
] as const

export type PolicySettings = Record<(typeof POLICY_SETTINGS)[number], boolean>

export type CreatePolicyInput = Static<typeof CreatePolicyBody>
export type UpdatePolicyInput = Static<typeof UpdatePolicyBody>

/** The policy as Zoom shows it (GET, list items, create response, webhook objects). */
export function presentPolicy(row: InformationBarrierPolicyRow) {
  const stored = parseJson<Partial<PolicySettings>>(row.settings)
  const settings = Object.fromEntries(POLICY_SETTINGS.map((k) => [k, stored[k] === true])) as PolicySettings
  return {
    assigned_group_id: row.assigned_group_id,
    id: row.id,
    policy_name: row.policy_name,
    settings,
    status: Number(row.status) as 0 | 1,
    to_group_id: row.to_group_id,
    type: Number(row.type) as 0 | 1 | 2 | 3,
  }
}

function settingsOf(given: Partial<PolicySettings> | undefined, base?: PolicySettings): PolicySettings {
  return Object.fromEntries(POLICY_SETTINGS.map((k) => [k, given?.[k] ?? base?.[k] ?? false])) as PolicySettings
}

/**
 * Information Barriers policies: each restricts what users of one group (assigned_group_id) may do with users
 * of another (to_group_id). Zoom offers the feature to paid accounts only.
 */
export class InformationBarrierService {
  readonly repo: InformationBarriersRepo

  constructor(private svc: Services) {
    this.repo = new InformationBarriersRepo(svc.db.kysely)
  }

  private async requireFeature(accountId: string): Promise<void> {
    if (!(await isPaidAccount(this.svc, accountId))) throw errors.ibPaidAccountOnly(accountId)
  }

  private async row(accountId: string, policyId: string): Promise<InformationBarrierPolicyRow> {
    const row = await this.repo.byId(accountId, policyId)
    if (!row) throw errors.ibPolicyNotFound(policyId)
    return row
  }

  /** The two groups must differ (400/300) and both exist in the account (404/4130). */
  private async checkGroups(accountId: string, assigned: string, to: string): Promise<void> {
    if (assigned === to) throw errors.ibSameGroup()
    const groups = this.svc.use(GroupService)
    await groups.get(accountId, assigned)
    await groups.get(accountId, to)
  }

  async list(accountId: string, query: PageQuery) {
    await this.requireFeature(accountId)
    const page = await paginate(this.svc.pages, this.repo.listQuery(accountId), query, `ib-policies|${accountId}`)
    return {
      policies: page.items.map(presentPolicy),
      total_records: page.total_records,
      next_page_token: page.next_page_token,
    }
  }

  async get(accountId: string, policyId: string) {
    await this.requireFeature(accountId)
    return presentPolicy(await this.row(accountId, policyId))
  }

  async create(accountId: string, input: CreatePolicyInput) {
    await this.requireFeature(accountId)
    const policyName = input.policy_name.trim()
    if (!policyName) throw errors.missingField('policy_name')
    await this.checkGroups(accountId, input.assigned_group_id, input.to_group_id)
    const now = this.svc.clock.now()
    // Zoom's request schema carries an `id`, but the policy's id is always the one Zoom assigns.
    const row: Omit<InformationBarrierPolicyRow, 'seq'> = {
      account_id: accountId,
      id: zoomId(),
      policy_name: policyName,
      assigned_group_id: input.assigned_group_id,
      to_group_id: input.to_group_id,
      type: input.type,
      status: input.status,
      settings: JSON.stringify(settingsOf(input.settings)),
      created_at: now,
      updated_at: now,
    }
    const policy = presentPolicy({ ...row, seq: 0 })
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await new InformationBarriersRepo(trx).insert(row)
      await this.svc.events.emit({ event: 'information_barriers.policy_created', accountId, object: policy }, trx)
    })
    return policy
  }

  /** Changes the fields given; the others keep their values. */
  async update(accountId: string, policyId: string, input: UpdatePolicyInput): Promise<void> {
    await this.requireFeature(accountId)
    const current = presentPolicy(await this.row(accountId, policyId))
    let policyName = current.policy_name
    if (input.policy_name !== undefined) {
      policyName = input.policy_name.trim()
      if (!policyName) throw errors.missingField('policy_name')
    }
    const assigned = input.assigned_group_id ?? current.assigned_group_id
    const to = input.to_group_id ?? current.to_group_id
    if (input.assigned_group_id !== undefined || input.to_group_id !== undefined)
      await this.checkGroups(accountId, assigned, to)
    const next = {
      ...current,
      policy_name: policyName,
      assigned_group_id: assigned,
      to_group_id: to,
      type: input.type ?? current.type,
      status: input.status ?? current.status,
      settings: settingsOf(input.settings, current.settings),
    }
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await new InformationBarriersRepo(trx).update(accountId, policyId, {
        policy_name: next.policy_name,
        assigned_group_id: next.assigned_group_id,
        to_group_id: next.to_group_id,
        type: next.type,
        status: next.status,
        settings: JSON.stringify(next.settings),
        updated_at: this.svc.clock.now(),
      })
      await this.svc.events.emit({ event: 'information_barriers.policy_updated', accountId, object: next }, trx)
    })
  }

  async delete(accountId: string, policyId: string): Promise<void> {
    await this.requireFeature(accountId)
    const policy = presentPolicy(await this.row(accountId, policyId))
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await new InformationBarriersRepo(trx).remove(accountId, policyId)
      await this.svc.events.emit({ event: 'information_barriers.policy_deleted', accountId, object: policy }, trx)
    })
  }
}
