import { createHash, randomBytes } from 'node:crypto'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { paginate, type Page } from '../paging.js'
import type { Services } from '../../services.js'
import { UNIQUE, unlessTaken } from '../../store/unique.js'
import type { UserRow, UsersRepo } from '../../store/users.repo.js'
import type { CreateUserBody, ListUsersQuery } from '../../schemas/users/schemas.js'
import { digits, zoomId } from '../../util/ids.js'
import { deepFreeze, parseJson } from '../../util/json.js'
import { must } from '../../util/must.js'
import { defaultDisplayName, type UserData } from './user.model.js'

export type User = UserRow & { doc: UserData }

const parsedDocs = new WeakMap<UserRow, UserData>()

type CreateUserRequest = Static<typeof CreateUserBody>

/**
 * POST /users's `user_info` with its `action` beside it, flat, since the server creates users too (account owners,
 * with their role): `roleId` is not part of Zoom's body.
 */
export type CreateUserInput = CreateUserRequest['user_info'] & Pick<CreateUserRequest, 'action'> & { roleId?: string }

export function hashPassword(password: string, salt = randomBytes(8).toString('hex')): string {
  return salt + '$' + createHash('sha256').update(salt).update(password).digest('hex')
}

export function passwordMatches(hash: string | undefined, password: string): boolean {
  if (!hash) return false
  const [salt = ''] = hash.split('$')
  return hashPassword(password, salt) === hash
}

export class UserService {
  constructor(
    readonly repo: UsersRepo,
    private svc: Services,
  ) {}

  /** A new object every time; a cached (frozen) row's parsed document is parsed once and shared, frozen too. */
  hydrate(row: UserRow): User {
    let doc: UserData | undefined
    if (Object.isFrozen(row)) {
      doc = parsedDocs.get(row)
      if (!doc) parsedDocs.set(row, (doc = deepFreeze(parseJson<UserData>(row.data))))
    } else {
      doc = parseJson<UserData>(row.data)
    }
    return { ...row, doc, type: Number(row.type), created_at: Number(row.created_at) }
  }

  /**
   * `userId` is an id, an email or `me`. Another account's user, or (for a user-level token) anyone but
   * the token's own user, is 404/1001 — never data.
   */
  async resolve(actor: Actor, userId: string): Promise<User> {
    const user = await this.find(actor, userId)
    if (!user) throw errors.userNotFound(userId)
    if (!actor.accountWide && user.id !== actor.userId) throw errors.noPermission()
    return user
  }

  /** The user of the actor's account `userId` (an id, an email or `me`) names, whoever may see it. */
  async find(actor: Actor, userId: string): Promise<User | undefined> {
    let row: UserRow | undefined
    if (userId === 'me') row = actor.userId ? await this.repo.byId(actor.accountId, actor.userId) : undefined
    else if (userId.includes('@')) row = await this.repo.byEmail(actor.accountId, userId)
    else row = await this.repo.byId(actor.accountId, userId)
    return row && this.hydrate(row)
  }

  async byId(accountId: string, id: string): Promise<User | undefined> {
    const row = await this.repo.byId(accountId, id)
    return row && this.hydrate(row)
  }

  async byEmail(accountId: string, email: string): Promise<User | undefined> {
    const row = await this.repo.byEmail(accountId, email)
    return row && this.hydrate(row)
  }

  async create(accountId: string, input: CreateUserInput): Promise<User> {
    const email = input.email.toLowerCase()
    // "Already in the account" only when it is this account's user; an address held elsewhere gets the
    // wording Zoom's reference gives for POST /users.
    const taken = async () =>
      (await this.repo.byEmail(accountId, email)) ? errors.userExists(email) : errors.emailAlreadyUsed(email)
    if (await this.repo.emailTaken(email)) throw await taken()
    const now = this.svc.clock.now()
    const id = zoomId()
    const status = input.action === 'create' ? 'pending' : 'active'
    const doc: UserData = {
      first_name: input.first_name ?? '',
      last_name: input.last_name ?? '',
      display_name: input.display_name ?? defaultDisplayName(input.first_name, input.last_name),
      dept: '',
      timezone: '',
      language: 'en-US',
      phone_country: '',
      phone_number: '',
      pmi: digits(10),
      use_pmi: false,
      host_key: String(digits(6)),
      verified: input.action === 'create' ? 0 : 1,
      login_types: input.action === 'ssoCreate' ? [101] : [100],
      created_via: input.action,
      jid: `${id.toLowerCase().replace(/[^a-z0-9]/g, '')}@xmpp.zoom.us`,
      ...(input.plan_united_type ? { plan_united_type: input.plan_united_type } : {}),
      ...(input.feature ? { feature: input.feature } : {}),
      ...(input.password ? { password_hash: hashPassword(input.password), password_history: [] } : {}),
    }
    const row = {
      id,
      account_id: accountId,
      email,
      status,
      type: input.type,
      role_id: input.roleId ?? '2',
      created_at: now,
      data: JSON.stringify(doc),
      settings: '{}',
    }
    await unlessTaken(UNIQUE.userEmail, () => this.repo.insert(row), taken)
    return must(await this.byId(accountId, id), 'the user just inserted')
  }

  async saveDoc(
    user: User,
    doc: UserData,
    columns: Partial<Pick<UserRow, 'email' | 'status' | 'type' | 'role_id'>> = {},
  ): Promise<void> {
    await this.repo.update(user.account_id, user.id, { ...columns, data: JSON.stringify(doc) })
  }

  async list(accountId: string, query: Static<typeof ListUsersQuery>): Promise<Page<User>> {
    const status = query.status ?? 'active'
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(accountId, { status, roleId: query.role_id }),
      query,
      `users|${accountId}|${status}|${query.role_id ?? ''}`,
    )
    return { ...page, items: page.items.map((r) => this.hydrate(r)) }
  }

  picUrl(user: User): string | undefined {
    return user.doc.picture_file_id ? `${this.svc.config.publicUrl}/p/${user.doc.picture_file_id}` : undefined
  }
}
