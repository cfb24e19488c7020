import type { CompiledQuery, Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database, DeviceTable, FileTable, UserTable } from './tables.js'
import { RowCache, type WriteTracker } from './write-tracker.js'

export type UserRow = Selectable<UserTable>
export type FileRow = Selectable<FileTable>
export type DeviceRow = Selectable<DeviceTable>

/** Every query names the account: a user of another account is never returned. */
export class UsersRepo {
  private byIdCache: RowCache<UserRow | undefined>

  constructor(
    readonly db: Kysely<Database>,
    writes?: WriteTracker,
  ) {
    this.byIdCache = new RowCache(writes, ['users'])
  }

  // Built and compiled once: the lookup behind nearly every request, where building costs more than running.
  private byIdQuery?: CompiledQuery<UserRow>

  /** On SQLite the row may be the cached one, shared and frozen: copy it before changing it. */
  byId(accountId: string, id: string): Promise<UserRow | undefined> {
    const key = `${accountId}\n${id}`
    return this.byIdCache.get(key, async () => {
      this.byIdQuery ??= this.db
        .selectFrom('users')
        .selectAll()
        .where('account_id', '=', '')
        .where('id', '=', '')
        .compile()
      const { rows } = await this.db.executeQuery<UserRow>({ ...this.byIdQuery, parameters: [accountId, id] })
      return rows[0]
    })
  }

  /** The account's users among `ids`: one query per 500 ids (the drivers' limits on bound parameters). */
  async byIds(accountId: string, ids: string[]): Promise<UserRow[]> {
    const unique = [...new Set(ids)]
    const found: UserRow[] = []
    for (let i = 0; i < unique.length; i += 500)
      found.push(
        ...(await this.db
          .selectFrom('users')
          .selectAll()
          .where('account_id', '=', accountId)
          .where('id', 'in', unique.slice(i, i + 500))
          .execute()),
      )
    return found
  }

  /** Which of `ids` are users of the account: one query per 500 ids (the drivers' limits on bound parameters). */
  async existingIds(accountId: string, ids: string[]): Promise<Set<string>> {
    const found = new Set<string>()
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('users')
        .select('id')
        .where('account_id', '=', accountId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()
      for (const r of rows) found.add(r.id)
    }
    return found
  }

  byEmail(accountId: string, email: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
  }

  /** Emails are unique across every account, as on Zoom. */
  async emailTaken(email: string): Promise<boolean> {
    return !!(await this.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst())
  }

  /** The account holding a user with this email, of any account. */
  async accountOfEmail(email: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select('account_id')
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
    return row?.account_id
  }

  /** Only the stored document: read in a caller's transaction that rewrites it. */
  async data(accountId: string, id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select('data')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row?.data
  }

  async email(accountId: string, id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select('email')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row?.email
  }

  emailAndData(accountId: string, id: string): Promise<Pick<UserRow, 'email' | 'data'> | undefined> {
    return this.db
      .selectFrom('users')
      .select(['email', 'data'])
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** The stored documents of the account's active users. */
  async activeData(accountId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('users')
      .select('data')
      .where('account_id', '=', accountId)
      .where('status', '=', 'active')
      .execute()
    return rows.map((r) => r.data)
  }

  /** The account's oldest active user (its owner, usually). */
  oldestActive(accountId: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', '=', 'active')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst()
  }

  async idsOfType(accountId: string, type: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id'])
      .where('account_id', '=', accountId)
      .where('type', '=', type)
      .execute()
    return rows.map((r) => r.id)
  }

  listQuery(
    accountId: string,
    filter: { status?: string; roleId?: string },
  ): SelectQueryBuilder<Database, 'users', UserRow> {
    let q = this.db.selectFrom('users').selectAll().where('account_id', '=', accountId)
    if (filter.status) q = q.where('status', '=', filter.status)
    if (filter.roleId) q = q.where('role_id', '=', filter.roleId)
    return q
  }

  /**
   * The users whose document holds this personal meeting ID, oldest first: of one account, or of every account
   * (a PMI is unique across accounts, as meeting numbers are). The LIKE only narrows the rows (a longer number
   * shares the prefix); the parsed document decides.
   */
  async byPmi(accountId: string | undefined, pmi: number): Promise<UserRow[]> {
    let q = this.db.selectFrom('users').selectAll().where('data', 'like', `%"pmi":${pmi}%`)
    if (accountId !== undefined) q = q.where('account_id', '=', accountId)
    const rows = await q.orderBy('seq').execute()
    return rows.filter((r) => (JSON.parse(r.data) as { pmi?: unknown }).pmi === pmi)
  }

  /** When each user the account created in [start, end) was created. */
  async createdBetween(accountId: string, start: number, end: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('users')
      .select('created_at')
      .where('account_id', '=', accountId)
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .execute()
    return rows.map((r) => Number(r.created_at))
  }

  async insert(row: Omit<UserRow, 'seq'>): Promise<void> {
    await this.db.insertInto('users').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    patch: Partial<Omit<UserRow, 'seq' | 'id' | 'account_id'>>,
  ): Promise<void> {
    await this.db.updateTable('users').set(patch).where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  /** Deletes the user and what it owns; `also` runs first in the same transaction (other groups' leftovers, events). */
  async remove(accountId: string, id: string, also?: (trx: Kysely<Database>) => Promise<void>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (also) await also(trx)
      await trx
        .deleteFrom('user_links')
        .where('account_id', '=', accountId)
        .where((eb) => eb.or([eb('user_id', '=', id), eb('other_id', '=', id)]))
        .execute()
      await trx.deleteFrom('files').where('account_id', '=', accountId).where('owner_id', '=', id).execute()
      await trx
        .deleteFrom('collaboration_devices')
        .where('account_id', '=', accountId)
        .where('user_id', '=', id)
        .execute()
      await trx.deleteFrom('users').where('account_id', '=', accountId).where('id', '=', id).execute()
    })
  }

  async countByStatusAndType(accountId: string): Promise<Array<{ status: string; type: number; n: number }>> {
    const rows = await this.db
      .selectFrom('users')
      .select(['status', 'type', (eb) => eb.fn.countAll<number>().as('n')])
      .where('account_id', '=', accountId)
      .groupBy(['status', 'type'])
      .execute()
    return rows.map((r) => ({ status: r.status, type: Number(r.type), n: Number(r.n) }))
  }

  // Links: assistants (user_id → other_id = assistant).
  links(accountId: string, userId: string, kind: string): Promise<Array<{ other_id: string }>> {
    return this.db
      .selectFrom('user_links')
      .select('other_id')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .orderBy('created_at')
      .orderBy('other_id')
      .execute()
  }

  reverseLinks(accountId: string, otherId: string, kind: string): Promise<Array<{ user_id: string }>> {
    return this.db
      .selectFrom('user_links')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('other_id', '=', otherId)
      .where('kind', '=', kind)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute()
  }

  async addLink(accountId: string, userId: string, kind: string, otherId: string, at: number): Promise<void> {
    await this.db
      .insertInto('user_links')
      .values({ account_id: accountId, user_id: userId, kind, other_id: otherId, created_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'other_id']).doNothing())
      .execute()
  }

  async removeLinks(accountId: string, where: { userId?: string; otherId?: string; kind: string }): Promise<number> {
    let q = this.db.deleteFrom('user_links').where('account_id', '=', accountId).where('kind', '=', where.kind)
    if (where.userId) q = q.where('user_id', '=', where.userId)
    if (where.otherId) q = q.where('other_id', '=', where.otherId)
    const res = await q.executeTakeFirst()
    return Number(res.numDeletedRows)
  }

  // Files: profile pictures and virtual backgrounds.
  async addFile(row: FileRow): Promise<void> {
    await this.db.insertInto('files').values(row).execute()
  }

  files(accountId: string, ownerId: string, kind: string): Promise<Array<Omit<FileRow, 'bytes'>>> {
    return this.db
      .selectFrom('files')
      .select(['id', 'account_id', 'owner_id', 'kind', 'name', 'content_type', 'size', 'created_at'])
      .where('account_id', '=', accountId)
      .where('owner_id', '=', ownerId)
      .where('kind', '=', kind)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  }

  file(id: string): Promise<FileRow | undefined> {
    return this.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async removeFiles(accountId: string, ownerId: string, kind: string, ids?: string[]): Promise<number> {
    let q = this.db
      .deleteFrom('files')
      .where('account_id', '=', accountId)
      .where('owner_id', '=', ownerId)
      .where('kind', '=', kind)
    if (ids) q = q.where('id', 'in', ids)
    return Number((await q.executeTakeFirst()).numDeletedRows)
  }

  // Collaboration devices (Zoom Rooms and similar a user is signed in to).
  devices(accountId: string, userId: string): Promise<DeviceRow[]> {
    return this.db
      .selectFrom('collaboration_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .orderBy('seq')
      .execute()
  }

  device(accountId: string, userId: string, id: string): Promise<DeviceRow | undefined> {
    return this.db
      .selectFrom('collaboration_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async addDevice(row: Omit<DeviceRow, 'seq'>): Promise<void> {
    await this.db.insertInto('collaboration_devices').values(row).execute()
  }
}
