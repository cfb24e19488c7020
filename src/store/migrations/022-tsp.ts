import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Telephony service provider (TSP): the account's TSP information and users' TSP accounts. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  // One row per account that ever changed its TSP information; an account without one shows the defaults.
  await db.schema
    .createTable('tsp_account_info')
    .addColumn('account_id', 'text', (c) => c.primaryKey())
    .addColumn('tsp_enabled', 'integer', (c) => c.notNull())
    .addColumn('enable', 'integer', (c) => c.notNull())
    .addColumn('tsp_provider', 'text', (c) => c.notNull())
    .addColumn('tsp_bridge', 'text', (c) => c.notNull())
    .addColumn('dial_in_number_unrestricted', 'integer', (c) => c.notNull())
    .addColumn('modify_credential_forbidden', 'integer', (c) => c.notNull())
    .addColumn('master_account_setting_extended', 'integer', (c) => c.notNull())
    .addColumn('dial_in_numbers', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('user_tsp_accounts')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('tsp_id', 'text', (c) => c.notNull())
    .addColumn('conference_code', 'text', (c) => c.notNull())
    .addColumn('leader_pin', 'text', (c) => c.notNull())
    .addColumn('tsp_bridge', 'text', (c) => c.notNull())
    .addColumn('dial_in_numbers', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
  // A user's two slots: two requests adding a TSP account at once cannot both take the same one.
  await db.schema
    .createIndex('user_tsp_accounts_slot')
    .on('user_tsp_accounts')
    .columns(['account_id', 'user_id', 'tsp_id'])
    .unique()
    .execute()

  await db.schema
    .createTable('user_tsp_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('audio_url', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
}
