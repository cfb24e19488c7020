import type BetterSqlite3 from 'better-sqlite3'
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'

/** Statements a caller uses to run its own transaction by hand: an open group must be committed first. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|end|rollback|savepoint|release)\b/i
const STATEMENT_CACHE_MAX = 1000

interface Group {
  done: Promise<void>
  resolve(): void
  reject(err: unknown): void
}

/** First come, first served: the commit of a group waits behind the transactions already queued, so they join it. */
class Mutex {
  private held = false
  private waiters: Array<() => void> = []

  lock(): Promise<void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  unlock(): void {
    const next = this.waiters.shift()
    if (next) next()
    else this.held = false
  }
}

/**
 * SQLite with group commit. A durable commit costs a few dozen system calls (WAL frames and locks), which under
 * load is most of what a small write transaction costs. So transactions that follow one another within one turn
 * of the event loop run as savepoints of one outer transaction, committed once when the turn ends; each caller's
 * `transaction().execute()` resolves only after that commit, so nothing is reported done before it is durable.
 * A failing transaction rolls back to its own savepoint and leaves the others alone; a failing commit fails them
 * all. Reads outside a transaction may run inside an open group (they see what is about to be committed) and
 * also return only after its commit; other statements outside a transaction first commit the group, and then
 * run on their own as before. A group begins IMMEDIATE: it takes the write lock at once, so a transaction that
 * reads before it writes never works from a snapshot that another connection to the file (the CLI) made stale.
 */
export class GroupCommitDriver implements Driver {
  private readonly mutex = new Mutex()
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  private group?: Group
  private flushing = false
  /** Set while the connection's holder is inside a transaction of its own. */
  private inTransaction = false
  /** Set when the connection's holder ran something that the open group's commit must make durable. */
  private joined?: Group

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly onGroupLost: () => void,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock()
    return this.connection
  }

  async beginTransaction(): Promise<void> {
    const group = this.openGroup()
    this.run('SAVEPOINT group_member')
    this.inTransaction = true
    this.joined = group
  }

  async commitTransaction(): Promise<void> {
    this.inTransaction = false
    this.run('RELEASE group_member')
  }

  async rollbackTransaction(): Promise<void> {
    this.inTransaction = false
    this.checkGroup()
    if (!this.group) return
    this.run('ROLLBACK TO group_member')
    this.run('RELEASE group_member')
    this.joined = undefined
  }

  async savepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.run(`SAVEPOINT "${name}"`)
  }

  async rollbackToSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.run(`ROLLBACK TO "${name}"`)
  }

  async releaseSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.run(`RELEASE "${name}"`)
  }

  async releaseConnection(): Promise<void> {
    const wait = this.joined
    this.joined = undefined
    this.mutex.unlock()
    if (wait) await wait.done
  }

  async destroy(): Promise<void> {
    await this.mutex.lock()
    try {
      this.commitGroup()
    } finally {
      this.sqlite.close()
    }
  }

  private readonly connection: DatabaseConnection = {
    executeQuery: async <R>(q: CompiledQuery): Promise<QueryResult<R>> => {
      const stmt = this.prepare(q.sql)
      if (!this.inTransaction && this.group) {
        if (stmt.readonly && !TRANSACTION_CONTROL.test(q.sql)) this.joined = this.group
        else this.commitGroup()
      }
      try {
        if (stmt.reader) return { rows: stmt.all(q.parameters as unknown[]) as R[] }
        const { changes, lastInsertRowid } = stmt.run(q.parameters as unknown[])
        return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] }
      } catch (err) {
        this.checkGroup()
        throw err
      }
    },
    // Kysely wants an async iterable; nothing here streams, so the first step fails.
    streamQuery: (): AsyncIterableIterator<never> => ({
      next: () => Promise.reject(new Error('streaming queries are not supported on SQLite')),
      [Symbol.asyncIterator]() {
        return this
      },
    }),
  }

  private openGroup(): Group {
    this.checkGroup()
    if (this.group) return this.group
    this.run('BEGIN IMMEDIATE')
    let resolve!: () => void
    let reject!: (err: unknown) => void
    const done = new Promise<void>((res, rej) => {
      resolve = res
      reject = rej
    })
    // Members await it; a group nobody waits on must not become an unhandled rejection.
    done.catch(() => {})
    this.group = { done, resolve, reject }
    if (!this.flushing) {
      this.flushing = true
      setImmediate(() => void this.flush())
    }
    return this.group
  }

  /** Commits the open group once the transactions queued before this turn ended have joined it. */
  private async flush(): Promise<void> {
    await this.mutex.lock()
    this.flushing = false
    try {
      this.commitGroup()
    } finally {
      this.mutex.unlock()
    }
  }

  private commitGroup(): void {
    const group = this.group
    if (!group) return
    this.group = undefined
    try {
      this.run('COMMIT')
      group.resolve()
    } catch (err) {
      try {
        if (this.sqlite.inTransaction) this.run('ROLLBACK')
      } catch {
        // The group is failed either way; what matters is that its members hear so.
      }
      this.onGroupLost()
      group.reject(err)
    }
  }

  /**
   * Some errors (disk full, I/O) make SQLite roll back the whole outer transaction: the open group is then gone,
   * and its members must fail rather than a later member's savepoint silently starting a transaction of its own.
   */
  private checkGroup(): void {
    const group = this.group
    if (!group || this.sqlite.inTransaction) return
    this.group = undefined
    this.joined = undefined
    this.onGroupLost()
    group.reject(new Error('the transaction was rolled back by SQLite'))
  }

  private run(sql: string): void {
    this.prepare(sql).run()
  }

  /** Preparing costs more than running a lookup by key: statements are reused by SQL text (none is ever left iterating). */
  private prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.statements.get(sql)
    if (stmt) return stmt
    stmt = this.sqlite.prepare(sql)
    if (this.statements.size >= STATEMENT_CACHE_MAX) {
      const oldest = this.statements.keys().next()
      if (!oldest.done) this.statements.delete(oldest.value)
    }
    this.statements.set(sql, stmt)
    return stmt
  }
}

export class GroupCommitSqliteDialect implements Dialect {
  constructor(private readonly driver: GroupCommitDriver) {}
  createDriver(): Driver {
    return this.driver
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
  createAdapter() {
    return new SqliteAdapter()
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db)
  }
}
