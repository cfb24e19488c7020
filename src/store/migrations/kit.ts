import type { CreateTableBuilder, Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** A new table whose first column is `seq`, the auto-numbered primary key, in each dialect's own form. */
export function tableWithSeq(db: Kysely<any>, dialect: Dialect, name: string): CreateTableBuilder<string, 'seq'> {
  const t = db.schema.createTable(name)
  return dialect === 'postgres'
    ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
    : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
}
