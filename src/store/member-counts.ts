import type { Kysely } from 'kysely'
import type { Database } from './tables.js'

/** How many members each of `groupIds` has, in a membership table of groups or of IM groups. */
export async function memberCounts(
  db: Kysely<Database>,
  table: 'user_group_members' | 'im_group_members',
  accountId: string,
  groupIds: string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  if (!groupIds.length) return out
  const rows = await db
    .selectFrom(table)
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .where('group_id', 'in', groupIds)
    .groupBy('group_id')
    .execute()
  for (const r of rows) out.set(r.group_id, Number(r.n))
  return out
}
