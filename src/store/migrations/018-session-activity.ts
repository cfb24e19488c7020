import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** What happens inside a held webinar or meeting that later reports read: Q&A questions and answers, poll votes. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
