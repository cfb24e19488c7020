import type { ZoomError } from '../errors/zoom-error.js'

/** A unique index: PostgreSQL names it when it refuses a row, SQLite names its columns instead. */
export interface UniqueIndex {
  name: string
  table: string
  columns: readonly string[]
}

const index = (name: string, table: string, ...columns: string[]): UniqueIndex => ({ name, table, columns })

/** The unique indexes (see migrations/) that a client's own values can collide on. */
export const UNIQUE = {
  userEmail: index('users_email_key', 'users', 'email'),
  roleName: index('roles_account_name', 'roles', 'account_id', 'name'),
  groupName: index('user_groups_account_name', 'user_groups', 'account_id', 'name'),
  groupMember: index('user_group_members_pair', 'user_group_members', 'group_id', 'user_id'),
  groupAdmin: index('user_group_admins_pair', 'user_group_admins', 'group_id', 'user_id'),
  imGroupName: index('im_groups_account_name', 'im_groups', 'account_id', 'name'),
  imGroupMember: index('im_group_members_pair', 'im_group_members', 'group_id', 'user_id'),
  trackingFieldKey: index('tracking_fields_account_key', 'tracking_fields', 'account_id', 'field_key'),
  h323DeviceName: index('h323_devices_account_name', 'h323_devices', 'account_id', 'name_key'),
} as const

/** Whether `err` is the database refusing a duplicate key: of `index` when one is named, of any otherwise. */
export function isUniqueViolation(err: unknown, index?: UniqueIndex): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null | undefined
  if (e?.code === '23505') return !index || e.constraint === index.name
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return (
      !index || e.message === `UNIQUE constraint failed: ${index.columns.map((c) => `${index.table}.${c}`).join(', ')}`
    )
  }
  return false
}

/**
 * Runs a write guarded by a unique index. The caller's check before it answers the common case, but two requests
 * can pass that check together; the index then refuses the later write, which fails with `taken`, the error the
 * check would have given it. On PostgreSQL that refusal aborts the transaction, so `write` must be the whole
 * transaction, not a statement inside it.
 */
export async function unlessTaken<T>(
  index: UniqueIndex,
  write: () => Promise<T>,
  taken: () => ZoomError | Promise<ZoomError>,
): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (isUniqueViolation(err, index)) throw await taken()
    throw err
  }
}

/**
 * Runs `run` (reads, then a write the index guards) again when a concurrent request wrote the same key first:
 * run afresh, it sees that row and answers as it would have had the requests come one after the other.
 */
export async function retryIfTaken<T>(index: UniqueIndex, run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run()
    } catch (err) {
      if (i >= attempts || !isUniqueViolation(err, index)) throw err
    }
  }
}
