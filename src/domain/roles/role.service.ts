import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { numberedPage, paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { RolesRepo, type RoleRow } from '../../store/roles.repo.js'
import { UNIQUE, unlessTaken } from '../../store/unique.js'
import { UsersRepo } from '../../store/users.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { must } from '../../util/must.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { operatorOf, resolveUserRefs, userByIdOrEmail, type UserRef } from '../groups/user-refs.js'
import { isoSeconds } from '../../util/time.js'
import type { User } from '../users/user.service.js'
import { normalizePrivileges, PRIVILEGES, unknownPrivilege } from './privileges.js'
import type { CreateRoleBody, UpdateRoleBody } from '../../schemas/roles/schemas.js'

export const OWNER_ROLE_ID = '0'
export const ADMIN_ROLE_ID = '1'
export const MEMBER_ROLE_ID = '2'

/** The roles every account has. */
const BUILT_IN: Array<{ id: string; name: string; description: string; privileges: readonly string[] }> = [
  { id: OWNER_ROLE_ID, name: 'Owner', description: 'The account owner: every privilege.', privileges: PRIVILEGES },
  {
    id: ADMIN_ROLE_ID,
    name: 'Admin',
    description: 'Manages the account, its users and its settings.',
    privileges: PRIVILEGES,
  },
  { id: MEMBER_ROLE_ID, name: 'Member', description: 'Uses Zoom; no account management.', privileges: [] },
]
const BUILT_IN_IDS = new Set(BUILT_IN.map((r) => r.id))

/** A built-in role's name, or undefined for any other id. */
export function builtInRoleName(roleId: string): string | undefined {
  return BUILT_IN.find((r) => r.id === roleId)?.name
}

export type CreateRoleInput = Static<typeof CreateRoleBody>
export type UpdateRoleInput = Static<typeof UpdateRoleBody>

function presentRole(row: RoleRow, totalMembers: number) {
  const data = parseJson<Json>(row.data)
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    privileges: parseJson<string[]>(row.privileges),
    total_members: totalMembers,
    ...(data.sub_account_privileges
      ? { sub_account_privileges: data.sub_account_privileges as { second_level?: number } }
      : {}),
  }
}

/** Roles: the three built-in ones and the account's custom roles; users hold one role in `users.role_id`. */
export class RoleService {
  readonly repo: RolesRepo
  private seeded = new Set<string>()

  constructor(private svc: Services) {
    this.repo = new RolesRepo(svc.db.kysely)
  }

  /** The database was put back as a snapshot held it: built-in roles are checked again. */
  forgetState(): void {
    this.seeded.clear()
  }

  /** Writes the built-in roles of an account the first time its roles are used. */
  async ensureBuiltIns(accountId: string): Promise<void> {
    if (this.seeded.has(accountId)) return
    const now = this.svc.clock.now()
    for (const r of BUILT_IN) {
      await this.repo.insertIfMissing({
        account_id: accountId,
        id: r.id,
        name: r.name,
        description: r.description,
        type: 'common',
        privileges: JSON.stringify(r.privileges),
        created_at: now,
        data: '{}',
      })
    }
    this.seeded.add(accountId)
  }

  /** The name of a role of the account (a custom role's too); Member for an id it does not know. */
  async nameOf(accountId: string, roleId: string): Promise<string> {
    // Built-in roles cannot be renamed, so their names need no lookup (every user response asks).
    return builtInRoleName(roleId) ?? (await this.repo.byId(accountId, roleId))?.name ?? 'Member'
  }

  private async find(accountId: string, roleId: string): Promise<RoleRow | undefined> {
    await requirePaidAccount(this.svc, accountId)
    await this.ensureBuiltIns(accountId)
    return this.repo.byId(accountId, roleId)
  }

  async list(accountId: string, type: string) {
    await requirePaidAccount(this.svc, accountId)
    await this.ensureBuiltIns(accountId)
    const rows = await this.repo.list(accountId, type)
    const counts = await this.repo.memberCounts(accountId)
    return {
      total_records: rows.length,
      roles: rows.map((r) => {
        const { id, name, description, type: roleType, total_members } = presentRole(r, counts.get(r.id) ?? 0)
        return { id, name, description, type: roleType, total_members }
      }),
    }
  }

  async get(accountId: string, roleId: string) {
    const row = await this.find(accountId, roleId)
    if (!row) throw errors.roleNotFound()
    return presentRole(row, (await this.repo.memberCounts(accountId)).get(roleId) ?? 0)
  }

  private checkPrivileges(privileges: string[] | undefined): string[] | undefined {
    if (!privileges) return undefined
    const unknown = unknownPrivilege(privileges)
    if (unknown !== undefined) throw errors.invalidPrivilege(unknown)
    return normalizePrivileges(privileges)
  }

  async create(accountId: string, input: CreateRoleInput) {
    await requirePaidAccount(this.svc, accountId)
    await this.ensureBuiltIns(accountId)
    const name = input.name?.trim()
    if (!name) throw errors.roleNameRequired()
    if (await this.repo.byName(accountId, name)) throw errors.roleNameTaken(name)
    const privileges = this.checkPrivileges(input.privileges) ?? []
    const row = {
      account_id: accountId,
      id: zoomId(),
      name,
      description: input.description ?? '',
      type: input.type ?? 'common',
      privileges: JSON.stringify(privileges),
      created_at: this.svc.clock.now(),
      // Zoom's create body has no sub_account_privileges; PATCH sets them.
      data: '{}',
    }
    await unlessTaken(
      UNIQUE.roleName,
      () => this.repo.insert(row),
      () => errors.roleNameTaken(name),
    )
    const { id, name: n, description, privileges: p, total_members } = presentRole({ ...row, seq: 0 }, 0)
    return { id, name: n, description, privileges: p, total_members }
  }

  /** Owner cannot change; the other built-in roles keep their names but may change description and privileges. */
  async update(accountId: string, roleId: string, input: UpdateRoleInput): Promise<void> {
    const row = await this.find(accountId, roleId)
    if (!row) throw errors.roleNotFound()
    if (roleId === OWNER_ROLE_ID) throw errors.roleNotUpdatable()
    const patch: Partial<Pick<RoleRow, 'name' | 'description' | 'privileges' | 'data'>> = {}
    if (input.name !== undefined) {
      const name = input.name.trim()
      if (!name) throw errors.roleNameRequired()
      if (name !== row.name) {
        if (BUILT_IN_IDS.has(roleId)) throw errors.roleNotUpdatable()
        if (await this.repo.byName(accountId, name)) throw errors.roleNameTaken(name)
        patch.name = name
      }
    }
    if (input.description !== undefined) patch.description = input.description
    const privileges = this.checkPrivileges(input.privileges)
    if (privileges) patch.privileges = JSON.stringify(privileges)
    if (input.sub_account_privileges)
      patch.data = JSON.stringify({
        ...parseJson<Json>(row.data),
        sub_account_privileges: input.sub_account_privileges,
      })
    if (Object.keys(patch).length)
      await unlessTaken(
        UNIQUE.roleName,
        () => this.repo.update(accountId, roleId, patch),
        () => errors.roleNameTaken(patch.name ?? row.name),
      )
  }

  /** Built-in roles stay; a role someone still holds cannot go either. */
  async delete(accountId: string, roleId: string): Promise<void> {
    const row = await this.find(accountId, roleId)
    if (!row) throw errors.roleNotFound()
    if (BUILT_IN_IDS.has(roleId)) throw errors.roleNotDeletable()
    if ((await this.repo.memberCounts(accountId)).get(roleId)) throw errors.roleInUse()
    await this.repo.remove(accountId, roleId)
  }

  async listMembers(accountId: string, roleId: string, query: PageQuery) {
    if (!(await this.find(accountId, roleId))) throw errors.roleMissing()
    const page = await paginate(
      this.svc.pages,
      this.svc.users.repo.listQuery(accountId, { roleId }),
      query,
      `role-members|${accountId}|${roleId}`,
    )
    return {
      ...numberedPage(page),
      members: page.items.map((row) => {
        const u = this.svc.users.hydrate(row)
        return {
          id: u.id,
          email: u.email,
          first_name: u.doc.first_name ?? '',
          last_name: u.doc.last_name ?? '',
          type: u.type,
          department: u.doc.dept ?? '',
        }
      }),
    }
  }

  /** Gives the role to each named user. Owner and Member cannot be handed out (Member is what unassigning leaves). */
  async assign(actor: Actor, roleId: string, refs: UserRef[]) {
    const accountId = actor.accountId
    const role = await this.find(accountId, roleId)
    if (roleId === OWNER_ROLE_ID || roleId === MEMBER_ROLE_ID) throw errors.roleMembersFixed()
    if (!role) throw errors.roleDoesNotExist()
    const users = await resolveUserRefs(this.svc, accountId, refs, 'members')
    const account = await this.svc.accounts.getCached(accountId)
    if (users.some((u) => u.id === account?.owner_id || u.role_id === OWNER_ROLE_ID)) throw errors.ownerRoleFixed()
    await this.setRole(
      actor,
      users.filter((u) => u.role_id !== roleId),
      role,
    )
    return { ids: users.map((u) => u.id).join(','), add_at: isoSeconds(this.svc.clock.now()) }
  }

  /** Takes the role back: the user is a Member again. */
  async unassign(actor: Actor, roleId: string, memberId: string): Promise<void> {
    const accountId = actor.accountId
    const role = await this.find(accountId, roleId)
    if (roleId === OWNER_ROLE_ID || roleId === MEMBER_ROLE_ID) throw errors.roleMembersFixed()
    if (!role) throw errors.roleMissing()
    const user = await userByIdOrEmail(this.svc, accountId, memberId)
    if (user.role_id !== roleId) throw errors.userNotFound(memberId)
    // find() wrote the built-in roles, and they cannot be deleted.
    const member = must(await this.repo.byId(accountId, MEMBER_ROLE_ID), 'the built-in Member role')
    await this.setRole(actor, [user], member)
  }

  private async setRole(actor: Actor, users: User[], role: RoleRow): Promise<void> {
    if (!users.length) return
    const operator = await operatorOf(this.svc, actor)
    const names = new Map<string, string>()
    for (const u of users)
      if (!names.has(u.role_id)) names.set(u.role_id, await this.nameOf(actor.accountId, u.role_id))
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new UsersRepo(trx)
      for (const u of users) {
        await repo.update(actor.accountId, u.id, { role_id: role.id })
        await this.svc.events.emit(
          {
            event: 'user.updated',
            accountId: actor.accountId,
            payload: { ...operator, old_object: { id: u.id, role: names.get(u.role_id) } },
            object: { id: u.id, role: role.name },
          },
          trx,
        )
      }
    })
  }
}

/** A role's name for the Users responses (`role_name`), custom roles included. */
export async function roleNameOf(svc: Services, accountId: string, roleId: string): Promise<string> {
  return svc.use(RoleService).nameOf(accountId, roleId)
}
