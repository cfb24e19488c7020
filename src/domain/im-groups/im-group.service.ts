import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import { paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { ImGroupsRepo, type ImGroupRow } from '../../store/im-groups.repo.js'
import type { Database } from '../../store/tables.js'
import { retryIfTaken, UNIQUE, unlessTaken } from '../../store/unique.js'
import { zoomId } from '../../util/ids.js'
import { parseJson } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { presentMembersPage, resolveUserRefs, userByIdOrEmail, type UserRef } from '../groups/user-refs.js'
import { isoSeconds } from '../../util/time.js'
import type { ImGroupCreateBody, ImGroupUpdateBody } from '../../schemas/im-groups/schemas.gen.js'

export type ImGroupType = 'normal' | 'shared' | 'restricted'

interface ImGroupData {
  search_by_account: boolean
  search_by_domain: boolean
  search_by_ma_account: boolean
}

export type CreateImGroupInput = Static<typeof ImGroupCreateBody>
export type UpdateImGroupInput = Static<typeof ImGroupUpdateBody>

function present(row: ImGroupRow, totalMembers: number) {
  const d = parseJson<ImGroupData>(row.data)
  return {
    id: row.id,
    name: row.name,
    total_members: totalMembers,
    type: row.type as ImGroupType,
    search_by_account: d.search_by_account,
    search_by_domain: d.search_by_domain,
    search_by_ma_account: d.search_by_ma_account,
  }
}

/** IM directory groups: who sees whom in the Zoom client's contact directory. */
export class ImGroupService {
  readonly repo: ImGroupsRepo

  constructor(private svc: Services) {
    this.repo = new ImGroupsRepo(svc.db.kysely)
  }

  /** A group of the account; 404/4130 otherwise (after the paid-account check, as for every IM group call). */
  async find(accountId: string, groupId: string): Promise<ImGroupRow> {
    await requirePaidAccount(this.svc, accountId)
    const row = await this.repo.byId(accountId, groupId)
    if (!row) throw errors.imGroupNotFound(groupId)
    return row
  }

  async get(accountId: string, groupId: string) {
    const row = await this.find(accountId, groupId)
    return present(row, (await this.repo.memberCounts(accountId, [groupId])).get(groupId) ?? 0)
  }

  async list(accountId: string) {
    await requirePaidAccount(this.svc, accountId)
    const rows = await this.repo.list(accountId)
    const counts = await this.repo.memberCounts(
      accountId,
      rows.map((r) => r.id),
    )
    return { total_records: rows.length, groups: rows.map((r) => present(r, counts.get(r.id) ?? 0)) }
  }

  async create(accountId: string, input: CreateImGroupInput) {
    await requirePaidAccount(this.svc, accountId)
    const name = input.name?.trim()
    if (!name) throw errors.missingField('name')
    if (await this.repo.byName(accountId, name)) throw errors.groupNameInUse(name)
    const data: ImGroupData = {
      search_by_account: input.search_by_account ?? false,
      search_by_domain: input.search_by_domain ?? false,
      search_by_ma_account: input.search_by_ma_account ?? false,
    }
    const row = {
      id: zoomId(),
      account_id: accountId,
      name,
      type: input.type ?? 'normal',
      created_at: this.svc.clock.now(),
      data: JSON.stringify(data),
    }
    await unlessTaken(
      UNIQUE.imGroupName,
      () => this.repo.insert(row),
      () => errors.groupNameInUse(name),
    )
    const { type: _, ...shown } = present({ ...row, seq: 0 }, 0)
    return shown
  }

  async update(accountId: string, groupId: string, input: UpdateImGroupInput): Promise<void> {
    const row = await this.find(accountId, groupId)
    const patch: Partial<Pick<ImGroupRow, 'name' | 'type' | 'data'>> = {}
    if (input.name !== undefined) {
      const name = input.name.trim()
      if (!name) throw errors.missingField('name')
      if (name !== row.name) {
        if (await this.repo.byName(accountId, name)) throw errors.groupNameInUse(name)
        patch.name = name
      }
    }
    if (input.type !== undefined) patch.type = input.type
    const data = parseJson<ImGroupData>(row.data)
    let changed = false
    for (const key of ['search_by_account', 'search_by_domain', 'search_by_ma_account'] as const) {
      if (input[key] !== undefined && input[key] !== data[key]) {
        data[key] = input[key]
        changed = true
      }
    }
    if (changed) patch.data = JSON.stringify(data)
    if (Object.keys(patch).length)
      await unlessTaken(
        UNIQUE.imGroupName,
        () => this.repo.update(accountId, groupId, patch),
        () => errors.groupNameInUse(patch.name ?? row.name),
      )
  }

  async delete(accountId: string, groupId: string): Promise<void> {
    await this.find(accountId, groupId)
    await this.svc.db.kysely.transaction().execute((trx) => new ImGroupsRepo(trx).remove(accountId, groupId))
  }

  /** Adds users by id or email; those already in the group stay as they are and are not listed in `ids`. */
  async addMembers(accountId: string, groupId: string, refs: UserRef[]) {
    await this.find(accountId, groupId)
    const users = await resolveUserRefs(this.svc, accountId, refs, 'members')
    return retryIfTaken(UNIQUE.imGroupMember, async () => {
      const existing = await this.repo.memberIds(accountId, groupId)
      const added = users.filter((u) => !existing.has(u.id))
      const now = this.svc.clock.now()
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        const repo = new ImGroupsRepo(trx)
        for (const u of added) await repo.addMember(accountId, groupId, u.id, now)
      })
      return { ids: added.map((u) => u.id).join(','), added_at: isoSeconds(now) }
    })
  }

  async listMembers(accountId: string, groupId: string, query: PageQuery) {
    await this.find(accountId, groupId)
    const page = await paginate(
      this.svc.pages,
      this.repo.membersQuery(accountId, groupId),
      query,
      `im-group-members|${accountId}|${groupId}`,
    )
    return presentMembersPage(page)
  }

  async removeMember(accountId: string, groupId: string, memberId: string): Promise<void> {
    await this.find(accountId, groupId)
    const user = await userByIdOrEmail(this.svc, accountId, memberId)
    if (!(await this.repo.removeMember(accountId, groupId, user.id))) throw errors.imGroupMemberNotFound(memberId)
  }
}

/** The ids of the IM directory groups each user of a page is in, in the order the user joined them: every asked id is a key. */
export async function imGroupIdsOfMany(
  svc: Services,
  accountId: string,
  userIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(userIds.map((id) => [id, []]))
  if (!userIds.length) return out
  for (const r of await svc.use(ImGroupService).repo.membershipsOfMany(accountId, userIds))
    out.get(r.user_id)?.push(r.group_id)
  return out
}

/** Removes a user's IM group memberships; call it in the transaction that deletes the user. */
export async function dropImGroupMembershipsOf(
  svc: Services,
  accountId: string,
  userId: string,
  db: Kysely<Database> = svc.db.kysely,
): Promise<void> {
  await new ImGroupsRepo(db).removeUser(accountId, userId)
}
