import {
  Kysely,
  PostgresDialect,
  sql,
  type DatabaseConnection,
  type Dialect as KyselyDialect,
  type Driver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { existsSync, mkdirSync, realpathSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Database } from './tables.js'
import { databaseTarget } from './database-url.js'
import { GroupCommitDriver, GroupCommitSqliteDialect } from './sqlite-group-commit.js'
import { WriteTracker } from './write-tracker.js'

export type Dialect = 'sqlite' | 'postgres'

export interface Db {
  kysely: Kysely<Database>
  dialect: Dialect
  /** Present when this process is the database's only writer (SQLite), so rows may be cached in memory. */
  writes?: WriteTracker
  /**
   * Runs `fn` once the transaction `db` belongs to has committed (for SQLite: once its group is on disk), and
   * never if it rolls back; at once when `db` is not a transaction. The same `fn` registered twice in one
   * transaction runs once. It runs before that transaction's `execute()` resolves, and must not throw.
   */
  afterCommit(db: Kysely<Database>, fn: () => void): Promise<void>
  /** Answers when the database does. */
  ping(): Promise<void>
  close(): Promise<void>
}

export interface OpenOptions {
  /**
   * SQLite: hold the file alone against any other process asking the same (a server: it caches rows, so a
   * second server writing the file would serve stale data). Short-lived commands open without it.
   */
  exclusive?: boolean
  /** SQLite: NORMAL survives a crash of the process, FULL also a power loss (one more fsync per commit). */
  synchronous?: 'normal' | 'full'
}

/** Opens the database named by a DATABASE_URL: a postgres:// URL, a SQLite file path, or ':memory:'. */
export async function openDb(url: string, opts: OpenOptions = {}): Promise<Db> {
  const target = databaseTarget(url)
  if (target.dialect === 'postgres') return openPostgres(target.url)
  const { default: SQLite } = await import('better-sqlite3')
  const { file } = target
  const inMemory = file === ':memory:' || file === ''
  if (!inMemory) {
    try {
      mkdirSync(dirname(file), { recursive: true })
    } catch (err) {
      throw new Error(`cannot create the folder of SQLite database ${file} (${(err as Error).message})`)
    }
  }
  const lock = opts.exclusive && !inMemory ? lockFile(SQLite, file) : undefined
  let sqlite: BetterSqlite3.Database | undefined
  try {
    sqlite = new SQLite(file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma(`synchronous = ${opts.synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('cache_size = -65536')
    sqlite.pragma('mmap_size = 268435456')
  } catch (err) {
    sqlite?.close()
    lock?.close()
    const code = (err as { code?: string }).code
    if (code === 'SQLITE_NOTADB')
      throw new Error(
        `${file} is not a SQLite database file; point DATABASE_URL at a SQLite file (created if missing) or a postgres:// URL`,
      )
    throw new Error(`cannot open SQLite database ${file} (${(err as Error).message})`)
  }
  const writes = new WriteTracker()
  const hooks = new CommitHooks()
  const driver = new GroupCommitDriver(sqlite, () => writes.invalidateAll())
  const kysely = new Kysely<Database>({
    dialect: hooks.wrap(new GroupCommitSqliteDialect(driver)),
    plugins: [writes],
  })
  return {
    kysely,
    dialect: 'sqlite',
    writes,
    afterCommit: (db, fn) => hooks.add(db, fn),
    ping: () => ping(kysely),
    async close() {
      await kysely.destroy()
      lock?.close()
    },
  }
}

/**
 * An exclusive lock on `<file>.lock`, a SQLite file held in an open EXCLUSIVE transaction: the operating system
 * drops the lock with the process however it ends (kill -9 included), so a dead server never blocks the next,
 * and the lock is seen by other connections of this process too.
 */
function lockFile(SQLite: typeof BetterSqlite3, file: string): BetterSqlite3.Database {
  // The same database reached through a symlink or another relative path shares one lock.
  const real = existsSync(file) ? realpathSync(file) : join(realpathSync(dirname(file)), basename(file))
  const path = `${real}.lock`
  let lock: BetterSqlite3.Database | undefined
  try {
    lock = new SQLite(path, { timeout: 0 })
    lock.exec('BEGIN EXCLUSIVE')
    return lock
  } catch (err) {
    lock?.close()
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error(
        `${file} is in use by another server process (it holds ${path}); a SQLite file serves one server at a time, ` +
          'so stop the other one, or run several servers on PostgreSQL (DATABASE_URL=postgres://user:pass@host/db)',
      )
    }
    throw new Error(`cannot lock SQLite database ${file} through ${path} (${(err as Error).message})`)
  }
}

async function openPostgres(url: string): Promise<Db> {
  const pg = await import('pg')
  // int8 (COUNT(*), bigserial) as numbers: our counts and sequences stay far below 2^53.
  pg.default.types.setTypeParser(20, (v: string) => Number(v))
  await reachPostgres(pg.default, url)
  const pool = new pg.default.Pool({ connectionString: url, max: 10 })
  const hooks = new CommitHooks()
  const kysely = new Kysely<Database>({ dialect: hooks.wrap(new PostgresDialect({ pool })) })
  return {
    kysely,
    dialect: 'postgres',
    afterCommit: (db, fn) => hooks.add(db, fn),
    ping: () => ping(kysely),
    close: () => kysely.destroy(),
  }
}

async function ping(kysely: Kysely<Database>): Promise<void> {
  await sql`SELECT 1`.execute(kysely)
}

type Hook = () => void

/**
 * Callbacks that wait for a transaction's commit. Kysely has none, so the driver is wrapped: it sees every
 * transaction of every caller (`transaction().execute()` and controlled ones alike) begin, commit or roll back on
 * its connection, and releases the connection only once the commit is durable (the group-commit driver waits for
 * its group there), so hooks run after that release.
 */
class CommitHooks {
  /** Connections inside a transaction, with the hooks registered in it so far, in order. */
  private readonly open = new Map<DatabaseConnection, Hook[]>()
  /** Savepoints of those transactions: how many hooks were registered when each was taken. */
  private readonly marks = new Map<DatabaseConnection, Map<string, number>>()
  /** Hooks of a committed transaction whose connection is not released yet. */
  private readonly committed = new Map<DatabaseConnection, Hook[]>()

  async add(db: Kysely<Database>, fn: Hook): Promise<void> {
    if (!db.isTransaction) return fn()
    // A transaction's executor provides exactly its own connection: the one the driver saw begin. (getExecutor is
    // marked internal, but is the one way from a transaction object to its connection.)
    const hooks = await db.getExecutor().provideConnection(async (c) => this.open.get(c))
    // A transaction of another Kysely instance is none of these hooks' business; its caller committed it or not.
    if (!hooks) return fn()
    if (!hooks.includes(fn)) hooks.push(fn)
  }

  wrap(dialect: KyselyDialect): KyselyDialect {
    return {
      createDriver: () => this.wrapDriver(dialect.createDriver()),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createAdapter: () => dialect.createAdapter(),
      createIntrospector: (db) => dialect.createIntrospector(db),
    }
  }

  private wrapDriver(d: Driver): Driver {
    const forget = (c: DatabaseConnection) => {
      this.open.delete(c)
      this.marks.delete(c)
    }
    type Compile = QueryCompiler['compileQuery']
    return {
      init: () => d.init(),
      acquireConnection: () => d.acquireConnection(),
      beginTransaction: async (c: DatabaseConnection, settings: TransactionSettings) => {
        await d.beginTransaction(c, settings)
        this.open.set(c, [])
      },
      commitTransaction: async (c: DatabaseConnection) => {
        await d.commitTransaction(c)
        const hooks = this.open.get(c)
        forget(c)
        if (hooks?.length) this.committed.set(c, hooks)
      },
      rollbackTransaction: async (c: DatabaseConnection) => {
        forget(c)
        await d.rollbackTransaction(c)
      },
      savepoint: async (c: DatabaseConnection, name: string, compile: Compile) => {
        if (!d.savepoint) throw new Error('this dialect has no savepoints')
        await d.savepoint(c, name, compile)
        const marks = this.marks.get(c) ?? new Map<string, number>()
        marks.set(name, this.open.get(c)?.length ?? 0)
        this.marks.set(c, marks)
      },
      rollbackToSavepoint: async (c: DatabaseConnection, name: string, compile: Compile) => {
        if (!d.rollbackToSavepoint) throw new Error('this dialect has no savepoints')
        await d.rollbackToSavepoint(c, name, compile)
        const mark = this.marks.get(c)?.get(name)
        if (mark !== undefined) this.open.get(c)?.splice(mark)
      },
      releaseSavepoint: async (c: DatabaseConnection, name: string, compile: Compile) => {
        if (!d.releaseSavepoint) throw new Error('this dialect has no savepoints')
        await d.releaseSavepoint(c, name, compile)
      },
      releaseConnection: async (c: DatabaseConnection) => {
        // Taken before the release: on SQLite the next transaction may begin on this connection meanwhile.
        const hooks = this.committed.get(c)
        this.committed.delete(c)
        // A failing release (a SQLite group that did not commit) fails the transaction: its hooks never run.
        await d.releaseConnection(c)
        // The transaction is committed either way: a failing hook must not report it failed.
        for (const fn of hooks ?? [])
          try {
            fn()
          } catch {
            // Its own failure: the commit it waited for stands, and the other hooks still run.
          }
      },
      destroy: () => d.destroy(),
    }
  }
}

const CONNECT_TIMEOUT_MS = 10_000
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  'ENOENT',
])

/**
 * One connection before the pool is built, so a wrong URL fails at startup with where it points, not at the first
 * query with a bare error code. Its timeout is its own: the pool's would also bound waits for a busy pool.
 */
async function reachPostgres(pg: typeof import('pg').default, url: string): Promise<void> {
  const where = postgresAddress(url)
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  // A failed connect may also emit 'error'; the rejection below reports it.
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code && NETWORK_ERRORS.has(code))
      throw new Error(`could not reach PostgreSQL at ${where} (${code}); is it running, and does DATABASE_URL name it?`)
    if (!code && /timeout/i.test((err as Error).message))
      throw new Error(
        `could not reach PostgreSQL at ${where} (no answer within ${CONNECT_TIMEOUT_MS / 1000} s); check DATABASE_URL`,
      )
    throw new Error(`PostgreSQL at ${where} refused the connection: ${(err as Error).message}`)
  } finally {
    await client.end().catch(() => {})
  }
}

/** host:port as the driver reads them (a socket folder may come as ?host=); never the credentials. */
function postgresAddress(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname || u.searchParams.get('host') || 'localhost'}:${u.port || 5432}`
  } catch {
    return 'the host DATABASE_URL names'
  }
}
