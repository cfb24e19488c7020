import type { Kysely } from 'kysely'
import type { Database } from '../../store/tables.js'
import { UsersRepo } from '../../store/users.repo.js'
import { parseJson } from '../../util/json.js'
import type { UserData } from './user.model.js'

/**
 * A user's Zoom client signed in at `at` with client `version`: what GET /users shows as `last_login_time` and
 * `last_client_version`. Written in the caller's transaction, over the stored document of that moment.
 */
export async function recordSignIn(
  db: Kysely<Database>,
  accountId: string,
  userId: string,
  at: number,
  version: string,
): Promise<void> {
  const row = await db
    .selectFrom('users')
    .select('data')
    .where('account_id', '=', accountId)
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!row) return
  const doc = parseJson<UserData>(row.data)
  if ((doc.last_login_time ?? 0) > at) return
  doc.last_login_time = at
  doc.last_client_version = version
  await new UsersRepo(db).update(accountId, userId, { data: JSON.stringify(doc) })
}
