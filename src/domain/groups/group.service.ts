import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { GROUPS_PAGING, pageTotals, paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { GroupsRepo, type GroupRow } from '../../store/groups.repo.js'
import { InformationBarriersRepo } from '../../store/information-barriers.repo.js'
import { retryIfTaken, UNIQUE, unlessTaken } from '../../store/unique.js'
import { UsersRepo } from '../../store/users.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { defaultDisplayName, type UserData } from '../users/user.model.js'
import type { User } from '../users/user.service.js'
import {
  operatorOf,
  presentMembersPage,
  resolveUserRefs,
  userByIdOrEmail,
  userByPathId,
  type UserRef,
} from './user-refs.js'
import { isoSeconds } from '../../util/time.js'
import type { CreateGroupBody, UpdateGroupBody, UpdateGroupMemberBody } from '../../schemas/groups/schemas.js'

/** `files.kind` of a group's virtual backgrounds (owner_id is the group's id). */
export const GROUP_VB_KIND = 'group_virtual_background'

/** Zoom lets an account create at most this many groups per day (the day starts at 00:00 GMT). */
export const GROUP_CREATE_DAILY_LIMIT = 100
const DAY_MS = 86_400_000

export interface GroupData extends Json {
  directory_privacy?: number
  in_directory?: boolean
  registration?: Json
}

export type Group = GroupRow & { doc: GroupData }

export type CreateGroupInput = Static<typeof CreateGroupBody>
export type UpdateGroupInput = Static<typeof UpdateGroupBody>
export type UpdateGroupMemberInput = Static<typeof UpdateGroupMemberBody>

const memberRef = (u: { id: string; email: string }) => ({ id: u.id, email: u.email })

/** Groups of users: the groups themselves, their members and their admins. Settings are in settings.ts. */
export class GroupService {
  readonly repo: GroupsRepo

  constructor(private svc: Services) {
    this.repo = new GroupsRepo(svc.db.kysely)
  }

  hydrate(row: GroupRow): Group {
    return Object.assign(row, { doc: parseJson<GroupData>(row.data), created_at: Number(row.created_at) })
  }

  /** A group of the account; 404/4130 otherwise. Groups are a paid feature: a free account gets 400/200 first. */
  async get(accountId: string, groupId: string): Promise<Group> {
    await requirePaidAccount(this.svc, accountId)
    const row = await this.repo.byId(accountId, groupId)
    if (!row) throw errors.groupNotFound(groupId)
    return this.hydrate(row)
  }

  async totalMembers(accountId: string, groupId: string): Promise<number> {
    return (await this.repo.memberCounts(accountId, [groupId])).get(groupId) ?? 0
  }

  async create(actor: Actor, input: CreateGroupInput) {
    const accountId = actor.accountId
    await requirePaidAccount(this.svc, accountId)
    const name = input.name?.trim()
    if (!name) throw errors.missingField('name')
    const now = this.svc.clock.now()
    const dayStart = now - (now % DAY_MS)
    if ((await this.repo.createdSince(accountId, dayStart)) >= GROUP_CREATE_DAILY_LIMIT)
      throw errors.groupCreateDailyLimit(GROUP_CREATE_DAILY_LIMIT)
    if (await this.repo.byName(accountId, name)) throw errors.groupNameTaken(name)
    const inDirectory = input.in_directory ?? false
    const doc: GroupData = { in_directory: inDirectory, directory_privacy: input.directory_privacy ?? 2 }
    const id = zoomId()
    const operator = await operatorOf(this.svc, actor)
    await unlessTaken(
      UNIQUE.groupName,
      () =>
        this.svc.db.kysely.transaction().execute(async (trx) => {
          await new GroupsRepo(trx).insert({
            id,
            account_id: accountId,
            name,
            created_at: now,
            data: JSON.stringify(doc),
            settings: '{}',
            lock_settings: '{}',
          })
          await this.svc.events.emit(
            { event: 'group.created', accountId, payload: operator, object: { id, name } },
            trx,
          )
        }),
      () => errors.groupNameTaken(name),
    )
    return {
      id,
      name,
      total_members: 0,
      in_directory: inDirectory,
      // Zoom shows the privacy only for a group displayed in the directory.
      ...(inDirectory ? { directory_privacy: doc.directory_privacy as 1 | 2 | 3 } : {}),
    }
  }

  /** Every group of the account with its member count, in pages of up to 2000 as Zoom's list has. */
  async list(accountId: string, query: PageQuery) {
    await requirePaidAccount(this.svc, accountId)
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(accountId),
      query,
      `groups|${accountId}`,
      GROUPS_PAGING,
    )
    const counts = await this.repo.memberCounts(
      accountId,
      page.items.map((g) => g.id),
    )
    return {
      total_records: page.total_records,
      next_page_token: page.next_page_token,
      groups: page.items.map((g) => ({ id: g.id, name: g.name, total_members: counts.get(g.id) ?? 0 })),
    }
  }

  async update(actor: Actor, groupId: string, input: UpdateGroupInput): Promise<void> {
    const group = await this.get(actor.accountId, groupId)
    if (input.name === undefined) return
    const name = input.name.trim()
    if (!name) throw errors.missingField('name')
    if (name === group.name) return
    if (await this.repo.byName(actor.accountId, name)) throw errors.groupNameInUse(name)
    const operator = await operatorOf(this.svc, actor)
    await unlessTaken(
      UNIQUE.groupName,
      () =>
        this.svc.db.kysely.transaction().execute(async (trx) => {
          await new GroupsRepo(trx).update(actor.accountId, groupId, { name })
          await this.svc.events.emit(
            {
              event: 'group.updated',
              accountId: actor.accountId,
              payload: { ...operator, old_object: { id: groupId, name: group.name } },
              object: { id: groupId, name },
            },
            trx,
          )
        }),
      () => errors.groupNameInUse(name),
    )
  }

  /** Deletes the group; its members lose it, and those for whom it was primary fall back to their oldest other group. */
  async delete(actor: Actor, groupId: string): Promise<void> {
    const group = await this.get(actor.accountId, groupId)
    const accountId = actor.accountId
    // Zoom's reference is silent here; a policy left pointing at no group would be meaningless, so refuse.
    const policy = await new InformationBarriersRepo(this.svc.db.kysely).namingGroup(accountId, groupId)
    if (policy) throw errors.groupInIbPolicy(policy.policy_name)
    const operator = await operatorOf(this.svc, actor)
    const primaryOf = await this.repo.primaryMemberIds(accountId, groupId)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new GroupsRepo(trx)
      await repo.remove(accountId, groupId)
      await new UsersRepo(trx).removeFiles(accountId, groupId, GROUP_VB_KIND)
      for (const userId of primaryOf) await promoteOldest(repo, accountId, userId)
      await this.svc.events.emit(
        { event: 'group.deleted', accountId, payload: operator, object: { id: groupId, name: group.name } },
        trx,
      )
    })
  }

  // --- members ---

  /** Adds users (by id or email); users already in the group are left as they are. The first group a user joins is primary. */
  async addMembers(actor: Actor, groupId: string, refs: UserRef[]) {
    await this.get(actor.accountId, groupId)
    const accountId = actor.accountId
    const users = await resolveUserRefs(this.svc, accountId, refs, 'members')
    const operator = await operatorOf(this.svc, actor)
    return retryIfTaken(UNIQUE.groupMember, async () => {
      const existing = await this.repo.memberIds(accountId, groupId)
      const added = users.filter((u) => !existing.has(u.id))
      const now = this.svc.clock.now()
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        const repo = new GroupsRepo(trx)
        for (const u of added) {
          const current = await repo.membershipsOf(accountId, u.id)
          await repo.addMember(accountId, groupId, u.id, !current.some((m) => Number(m.is_primary) === 1), now)
        }
        if (added.length) {
          await this.svc.events.emit(
            {
              event: 'group.member_added',
              accountId,
              payload: operator,
              object: { id: groupId, members: added.map(memberRef) },
            },
            trx,
          )
        }
      })
      return { ids: added.map((u) => u.id).join(','), added_at: isoSeconds(now) }
    })
  }

  async listMembers(accountId: string, groupId: string, query: PageQuery) {
    await this.get(accountId, groupId)
    const page = await paginate(
      this.svc.pages,
      this.repo.membersQuery(accountId, groupId),
      query,
      `group-members|${accountId}|${groupId}`,
    )
    return presentMembersPage(page)
  }

  /** The member named by id or email, who must be in the group (400/300 otherwise). */
  private async member(accountId: string, groupId: string, memberId: string): Promise<User> {
    const user = await userByIdOrEmail(this.svc, accountId, memberId)
    if (!(await this.repo.memberIds(accountId, groupId)).has(user.id)) throw errors.groupMemberNotFound()
    return user
  }

  async removeMember(actor: Actor, groupId: string, memberId: string): Promise<void> {
    await this.get(actor.accountId, groupId)
    const accountId = actor.accountId
    const user = await this.member(accountId, groupId, memberId)
    const operator = await operatorOf(this.svc, actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new GroupsRepo(trx)
      await repo.removeMember(accountId, groupId, user.id)
      await promoteOldest(repo, accountId, user.id)
      await this.svc.events.emit(
        {
          event: 'group.member_deleted',
          accountId,
          payload: operator,
          object: { id: groupId, members: [memberRef(user)] },
        },
        trx,
      )
    })
  }

  /**
   * `move`: out of this group into the target group (keeping primary status with it). `set_primary`: the
   * target group (the path's group when no target is named) becomes the user's primary group.
   */
  async updateMember(actor: Actor, groupId: string, memberId: string, body: UpdateGroupMemberInput): Promise<void> {
    const accountId = actor.accountId
    await this.get(accountId, groupId)
    const operator = await operatorOf(this.svc, actor)
    if (body.action === 'set_primary') {
      const targetId = body.target_group_id || groupId
      if (targetId !== groupId) await this.get(accountId, targetId)
      const user = await this.member(accountId, targetId, memberId)
      const memberships = await this.repo.membershipsOf(accountId, user.id)
      const old = memberships.find((m) => Number(m.is_primary) === 1)?.group_id
      if (old === targetId) return
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        await new GroupsRepo(trx).setPrimary(accountId, user.id, targetId)
        await this.svc.events.emit(
          {
            event: 'user.updated',
            accountId,
            payload: { ...operator, old_object: { id: user.id, primary_group_id: old ?? '' } },
            object: { id: user.id, primary_group_id: targetId },
          },
          trx,
        )
      })
      return
    }
    if (!body.target_group_id) throw errors.targetGroupRequired()
    const targetId = body.target_group_id
    await this.get(accountId, targetId)
    const user = await this.member(accountId, groupId, memberId)
    if (targetId === groupId) return
    const memberships = await this.repo.membershipsOf(accountId, user.id)
    const wasPrimary = memberships.some((m) => m.group_id === groupId && Number(m.is_primary) === 1)
    const alreadyInTarget = memberships.some((m) => m.group_id === targetId)
    const now = this.svc.clock.now()
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new GroupsRepo(trx)
      await repo.removeMember(accountId, groupId, user.id)
      if (!alreadyInTarget) await repo.addMember(accountId, targetId, user.id, false, now)
      if (wasPrimary) await repo.setPrimary(accountId, user.id, targetId)
      await this.svc.events.emit(
        {
          event: 'group.member_deleted',
          accountId,
          payload: operator,
          object: { id: groupId, members: [memberRef(user)] },
        },
        trx,
      )
      if (!alreadyInTarget) {
        await this.svc.events.emit(
          {
            event: 'group.member_added',
            accountId,
            payload: operator,
            object: { id: targetId, members: [memberRef(user)] },
          },
          trx,
        )
      }
    })
  }

  // --- admins ---

  async addAdmins(actor: Actor, groupId: string, refs: UserRef[]) {
    await this.get(actor.accountId, groupId)
    const accountId = actor.accountId
    const users = await resolveUserRefs(this.svc, accountId, refs, 'admins')
    const operator = await operatorOf(this.svc, actor)
    return retryIfTaken(UNIQUE.groupAdmin, async () => {
      const existing = await this.repo.adminIds(accountId, groupId)
      const added = users.filter((u) => !existing.has(u.id))
      const now = this.svc.clock.now()
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        const repo = new GroupsRepo(trx)
        for (const u of added) await repo.addAdmin(accountId, groupId, u.id, now)
        if (added.length) {
          await this.svc.events.emit(
            {
              event: 'group.admin_added',
              accountId,
              payload: operator,
              object: { id: groupId, admins: added.map(memberRef) },
            },
            trx,
          )
        }
      })
      return { ids: added.map((u) => u.id).join(','), added_at: isoSeconds(now) }
    })
  }

  async listAdmins(accountId: string, groupId: string, query: PageQuery) {
    await this.get(accountId, groupId)
    const page = await paginate(
      this.svc.pages,
      this.repo.adminsQuery(accountId, groupId),
      query,
      `group-admins|${accountId}|${groupId}`,
    )
    return {
      ...pageTotals(page),
      admins: page.items.map((row) => {
        const d = parseJson<UserData>(row.data)
        return { email: row.email, name: d.display_name || defaultDisplayName(d.first_name, d.last_name) }
      }),
    }
  }

  async removeAdmin(actor: Actor, groupId: string, userId: string): Promise<void> {
    await this.get(actor.accountId, groupId)
    const accountId = actor.accountId
    // Unlike memberId, this path takes Zoom's UserId parameter, which admits `me`.
    const user = await userByPathId(this.svc, actor, userId)
    const operator = await operatorOf(this.svc, actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      if (!(await new GroupsRepo(trx).removeAdmin(accountId, groupId, user.id))) throw errors.notGroupAdmin(groupId)
      await this.svc.events.emit(
        {
          event: 'group.admin_deleted',
          accountId,
          payload: operator,
          object: { id: groupId, admins: [memberRef(user)] },
        },
        trx,
      )
    })
  }
}

/** A user left without a primary group gets their oldest remaining group as primary. */
async function promoteOldest(repo: GroupsRepo, accountId: string, userId: string): Promise<void> {
  const rest = await repo.membershipsOf(accountId, userId)
  const [oldest] = rest
  if (oldest && !rest.some((m) => Number(m.is_primary) === 1)) await repo.setPrimary(accountId, userId, oldest.group_id)
}
