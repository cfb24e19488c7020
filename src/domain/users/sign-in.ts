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
  const repo = new UsersRepo(db)
  const data = await repo.data(accountId, userId)
  if (data === undefined) return
  const doc = parseJson<UserData>(data)
  if ((doc.last_login_time ?? 0) > at) return
  doc.last_login_time = at
  doc.last_client_version = version
  await repo.update(accountId, userId, { data: JSON.stringify(doc) })
}
