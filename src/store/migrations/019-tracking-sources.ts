import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Webinar registration tracking sources and which registrant came through which. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
