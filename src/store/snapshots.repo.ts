import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Db } from './db.js'
import type { Database } from './tables.js'

/** The snapshot every reset returns to: the database as seeding left it. */
export const SEED_SNAPSHOT = 'seed'

const INDEX = 'zsnap_index'
const PREFIX = 'zsnap_'
/** Counts restores, so every process on the database learns that the rows it remembers are gone. */
export const RESTORE_GENERATION = 'restore_generation'
// Any fixed number: the PostgreSQL advisory lock every process takes to save, restore or drop a snapshot.
const LOCK_KEY = 7_406_317_021

/**
 * Kept across a restore: the signing keys and the clock offset (so tokens, page tokens and links stay verifiable
 * and the clock never runs backwards), access tokens (a test suite keeps the token it minted), and the schema's
 * own bookkeeping.
 */
const KEPT = new Set(['meta', 'access_tokens', 'kysely_migration', 'kysely_migration_lock', INDEX])

export interface SnapshotInfo {
  name: string
  taken_at: number
  tables: number
  rows: number
}

interface IndexRow {
  name: string
  id: string
  taken_at: number | string
  tables: string
  rows: number | string
}

/**
 * Named copies of every table's rows, kept beside the live tables in the same database (SQLite file or
 * PostgreSQL schema), so a restore is a handful of INSERT … SELECT statements in one transaction. Only tables
 * holding rows are copied: a seeded database copies a few small tables.
 */
export class SnapshotsRepo {
  constructor(private db: Db) {}

  private get k(): Kysely<Database> {
    return this.db.kysely
  }

  /**
   * One snapshot operation at a time across every process on a PostgreSQL database: two saves of one name, or a
   * save beside a restore reading the copies it replaces, would otherwise collide. The lock is held by the
   * session around the transaction, so a repeatable-read save takes its view of the data after getting it.
   */
  private async withLock<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.db.dialect !== 'postgres') return fn(this.k)
    return this.k.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(${sql.lit(LOCK_KEY)})`.execute(conn)
      try {
        return await fn(conn)
      } finally {
        await sql`SELECT pg_advisory_unlock(${sql.lit(LOCK_KEY)})`.execute(conn)
      }
    })
  }

  private locked<T>(fn: (trx: Kysely<Database>) => Promise<T>, repeatable = false): Promise<T> {
    return this.withLock((db) => this.inTransaction(db, fn, repeatable))
  }

  private inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>, repeatable: boolean) {
    const tx = db.transaction()
    return (repeatable && this.db.dialect === 'postgres' ? tx.setIsolationLevel('repeatable read') : tx).execute(fn)
  }

  /**
   * Runs the seeding transaction `write`, then saves the seed snapshot (replacing it when `write` created
   * anything, else keeping one already saved), with no other process seeding or saving meanwhile: processes
   * started together on an empty database seed it once and all find that one seeding.
   */
  async seed<T extends { created: boolean }>(
    write: (trx: Kysely<Database>) => Promise<T>,
    at: () => number,
  ): Promise<T> {
    return this.withLock(async (db) => {
      const result = await this.inTransaction(db, write, false)
      await this.inTransaction(db, (trx) => this.takeIn(trx, SEED_SNAPSHOT, at(), { keep: !result.created }), true)
      return result
    })
  }

  /**
   * Every table of the schema with its columns in order, and which columns draw from a sequence. One catalog
   * query: PostgreSQL's information_schema is slow on a server holding many schemas.
   */
  private async schemaTables(db: Kysely<Database>): Promise<Map<string, { columns: string[]; serial: string[] }>> {
    const q =
      this.db.dialect === 'postgres'
        ? sql<{ t: string; c: string; serial: boolean }>`SELECT c.relname AS t, a.attname AS c,
            COALESCE(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS serial
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum`
        : sql<{ t: string; c: string; serial: number }>`SELECT m.name AS t, p.name AS c, 0 AS serial
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid`
    const tables = new Map<string, { columns: string[]; serial: string[] }>()
    for (const { t, c, serial } of (await q.execute(db)).rows) {
      const table = tables.get(t) ?? { columns: [], serial: [] }
      table.columns.push(c)
      if (serial) table.serial.push(c)
      tables.set(t, table)
    }
    return tables
  }

  private static live(name: string): boolean {
    return !KEPT.has(name) && !name.startsWith(PREFIX)
  }

  /** Which of `tables` hold any row, in one statement. */
  private async nonEmpty(db: Kysely<Database>, tables: string[]): Promise<Set<string>> {
    if (!tables.length) return new Set()
    const probes = tables.map((t) => sql`SELECT ${sql.lit(t)} AS t WHERE EXISTS (SELECT 1 FROM ${sql.table(t)})`)
    const rows = await sql<{ t: string }>`${sql.join(probes, sql` UNION ALL `)}`.execute(db)
    return new Set(rows.rows.map((r) => r.t))
  }

  async list(): Promise<SnapshotInfo[]> {
    const rows = await sql<IndexRow>`SELECT * FROM ${sql.table(INDEX)} ORDER BY taken_at, name`.execute(this.k)
    return rows.rows.map(info)
  }

  async get(name: string): Promise<SnapshotInfo | undefined> {
    const row = await this.indexRow(this.k, name)
    return row && info(row)
  }

  private async indexRow(db: Kysely<Database>, name: string): Promise<IndexRow | undefined> {
    const rows = await sql<IndexRow>`SELECT * FROM ${sql.table(INDEX)} WHERE name = ${name}`.execute(db)
    return rows.rows[0]
  }

  /**
   * Copies the live rows under `name`, replacing a snapshot of that name; with `keep`, an existing snapshot of
   * that name stays as it is and is answered instead. Every table is read as of one moment (repeatable read), so
   * writes committed while the copy runs are all in it or all out of it.
   */
  take(name: string, at: number, opts: { keep?: boolean } = {}): Promise<SnapshotInfo> {
    return this.locked((trx) => this.takeIn(trx, name, at, opts), true)
  }

  private async takeIn(
    trx: Kysely<Database>,
    name: string,
    at: number,
    opts: { keep?: boolean },
  ): Promise<SnapshotInfo> {
    const existing = await this.indexRow(trx, name)
    if (existing && opts.keep) return info(existing)
    await this.dropIn(trx, name)
    const id = randomBytes(4).toString('hex')
    const copied: string[] = []
    let total = 0
    const live = [...(await this.schemaTables(trx)).keys()].filter(SnapshotsRepo.live)
    for (const table of await this.nonEmpty(trx, live)) {
      const n = await this.count(trx, table)
      await sql`CREATE TABLE ${sql.table(copyName(id, table))} AS SELECT * FROM ${sql.table(table)}`.execute(trx)
      copied.push(table)
      total += n
    }
    await sql`INSERT INTO ${sql.table(INDEX)} (name, id, taken_at, tables, ${sql.id('rows')})
        VALUES (${name}, ${id}, ${at}, ${JSON.stringify(copied)}, ${total})`.execute(trx)
    return { name, taken_at: at, tables: copied.length, rows: total }
  }

  /**
   * Puts the live tables back as `name` holds them and counts one more restore; answers that count, or
   * undefined when there is no such snapshot.
   */
  async restore(name: string): Promise<number | undefined> {
    return this.locked(async (trx) => {
      const row = await this.indexRow(trx, name)
      if (!row) return undefined
      const copied = JSON.parse(row.tables) as string[]
      const tables = await this.schemaTables(trx)
      const live = [...tables.keys()].filter(SnapshotsRepo.live)
      // Writers are held off until the restore commits: a row committed after the emptiness check below would
      // otherwise survive in a table thought empty.
      if (this.db.dialect === 'postgres' && live.length)
        await sql`LOCK TABLE ${sql.join(live.map((t) => sql.table(t)))} IN EXCLUSIVE MODE`.execute(trx)
      const changed = await this.nonEmpty(trx, live)
      for (const table of changed) await sql`DELETE FROM ${sql.table(table)}`.execute(trx)
      for (const table of copied) {
        const columns = tables.get(table)?.columns
        const saved = new Set(tables.get(copyName(row.id, table))?.columns ?? [])
        if (!columns || !saved.size) continue
        // Named columns: a column added by a later migration takes its default.
        const cols = columns.filter((c) => saved.has(c)).map((c) => sql.id(c))
        await sql`INSERT INTO ${sql.table(table)} (${sql.join(cols)}) SELECT ${sql.join(cols)} FROM ${sql.table(copyName(row.id, table))}`.execute(
          trx,
        )
        changed.add(table)
      }
      await this.restartSequences(trx, tables, changed)
      await this.dropOrphanTokens(trx)
      return this.bumpGeneration(trx)
    })
  }

  /**
   * Access tokens are kept across a restore but installs are not: a token of an install the restored data does
   * not hold, or holds as revoked, must stop working as its refresh token did.
   */
  private async dropOrphanTokens(trx: Kysely<Database>): Promise<void> {
    await trx
      .deleteFrom('access_tokens')
      .where('grant_id', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('oauth_grants')
              .select('oauth_grants.id')
              .whereRef('oauth_grants.id', '=', 'access_tokens.grant_id')
              .where('oauth_grants.revoked_at', 'is', null),
          ),
        ),
      )
      .execute()
  }

  private async bumpGeneration(trx: Kysely<Database>): Promise<number> {
    const row = await trx
      .insertInto('meta')
      .values({ key: RESTORE_GENERATION, value: '1' })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: sql<string>`CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)` }),
      )
      .returning('value')
      .executeTakeFirstOrThrow()
    return Number(row.value)
  }

  /** How many restores the database has seen (0 before the first). */
  async generation(): Promise<number> {
    const row = await this.k.selectFrom('meta').select('value').where('key', '=', RESTORE_GENERATION).executeTakeFirst()
    return Number(row?.value ?? 0)
  }

  /**
   * Numbering resumes right after the restored rows: the webhook outbox reads its sequence in order and would
   * otherwise wait on a gap left by rows the restore removed.
   */
  private async restartSequences(
    trx: Kysely<Database>,
    tables: Map<string, { serial: string[] }>,
    changed: Set<string>,
  ): Promise<void> {
    if (this.db.dialect !== 'postgres') {
      if (await this.hasSqliteSequence(trx)) await sql`DELETE FROM sqlite_sequence`.execute(trx)
      return
    }
    for (const t of changed) {
      for (const c of tables.get(t)?.serial ?? []) {
        await sql`SELECT setval(pg_get_serial_sequence(${t}, ${c}), COALESCE((SELECT MAX(${sql.id(c)}) FROM ${sql.table(t)}), 0) + 1, false)`.execute(
          trx,
        )
      }
    }
  }

  private async hasSqliteSequence(trx: Kysely<Database>): Promise<boolean> {
    const r = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'sqlite_sequence'`.execute(
      trx,
    )
    return Number(r.rows[0]?.n) > 0
  }

  /** False when there is no such snapshot. */
  async remove(name: string): Promise<boolean> {
    return this.locked((trx) => this.dropIn(trx, name))
  }

  private async dropIn(trx: Kysely<Database>, name: string): Promise<boolean> {
    const row = await this.indexRow(trx, name)
    if (!row) return false
    for (const table of JSON.parse(row.tables) as string[])
      await sql`DROP TABLE IF EXISTS ${sql.table(copyName(row.id, table))}`.execute(trx)
    await sql`DELETE FROM ${sql.table(INDEX)} WHERE name = ${name}`.execute(trx)
    return true
  }

  private async count(db: Kysely<Database>, table: string): Promise<number> {
    const r = await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(db)
    return Number(r.rows[0]?.n ?? 0)
  }
}

function copyName(id: string, table: string): string {
  return `${PREFIX}${id}_${table}`
}

function info(row: IndexRow): SnapshotInfo {
  return {
    name: row.name,
    taken_at: Number(row.taken_at),
    tables: (JSON.parse(row.tables) as string[]).length,
    rows: Number(row.rows),
  }
}
