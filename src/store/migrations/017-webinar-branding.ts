import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Webinar session branding: name tags, virtual backgrounds and the wallpaper. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
