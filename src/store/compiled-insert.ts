import type { CompiledQuery, Insertable, InsertObject, InsertQueryBuilder, InsertResult, Kysely } from 'kysely'
import type { Database } from './tables.js'

type Columns<T extends keyof Database> = keyof Insertable<Database[T]> & string
type Builder<T extends keyof Database> = InsertQueryBuilder<Database, T, InsertResult>

/**
 * An insert built and compiled once, for the writes behind the busiest operations: building a Kysely query costs
 * more than SQLite takes to run it. Every column is bound on every call, so the statement never changes shape.
 * `transformQuery` plugins see it once, when it is compiled, and result plugins on every call (write tracking
 * counts after each run).
 */
export class CompiledInsert<T extends keyof Database, C extends Columns<T>, R> {
  private compiled?: CompiledQuery<R>

  constructor(
    private readonly table: T,
    private readonly columns: readonly C[],
    private readonly finish: (q: Builder<T>) => { compile(): CompiledQuery<R> },
  ) {}

  /** Runs on `db` (a transaction or the root); compiled for the dialect of the first call. */
  async execute(db: Kysely<Database>, row: { [K in C]: Insertable<Database[T]>[K] }): Promise<R[]> {
    const compiled = (this.compiled ??= this.compile(db))
    const parameters = this.columns.map((c) => row[c])
    const { rows } = await db.executeQuery<R>({ ...compiled, parameters })
    return rows
  }

  private compile(db: Kysely<Database>): CompiledQuery<R> {
    // Placeholders in column order; the bound values replace them positionally.
    const sample = Object.fromEntries(this.columns.map((c) => [c, 0])) as unknown as InsertObject<Database, T>
    const compiled = this.finish(db.insertInto(this.table).values(sample) as unknown as Builder<T>).compile()
    if (compiled.parameters.length !== this.columns.length)
      throw new Error(
        `an insert into ${this.table} binds ${compiled.parameters.length} values, not ${this.columns.length}`,
      )
    return compiled
  }
}
