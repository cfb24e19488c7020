import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Shipped empty, and so recorded as done in databases of that time: the webhook tables are in 014. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
