import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Webinar panelists: the people a webinar's host invites to speak, with their personal join links. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
