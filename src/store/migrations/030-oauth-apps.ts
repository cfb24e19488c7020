import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * OAuth apps beside Server-to-Server ones: an app's type and redirect allow list, the authorization codes handed
 * out by the consent page, the installs (grants) of user and admin apps, and their refresh tokens. Codes and
 * refresh tokens are stored as hashes only; access tokens name the grant they came from so an uninstall ends them.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await db.schema
    .alterTable('apps')
    .addColumn('app_type', 'text', (c) => c.notNull().defaultTo('s2s'))
    .execute()
  // JSON array of exact URLs a redirect_uri must equal.
  await db.schema
    .alterTable('apps')
    .addColumn('redirect_uris', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema.alterTable('access_tokens').addColumn('grant_id', 'text').execute()
  await db.schema.createIndex('access_tokens_grant').on('access_tokens').column('grant_id').execute()

  await db.schema
    .createTable('oauth_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('revoked_at', ms)
    .execute()
  await db.schema
    .createIndex('oauth_grants_install')
    .on('oauth_grants')
    .columns(['client_id', 'account_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('oauth_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('code_challenge', 'text')
    .addColumn('code_challenge_method', 'text')
    .addColumn('expires_at', ms, (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('oauth_refresh_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('grant_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('expires_at', ms, (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('oauth_refresh_grant').on('oauth_refresh_tokens').column('grant_id').execute()
}
