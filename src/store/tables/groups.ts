import type { Generated } from 'kysely'

// Rows of groups and their members. Register each table here: `table_name: RowInterface`.

/** A group of users (Zoom's "Groups"). `settings` and `lock_settings` hold the group's own changes only. */
export interface GroupTable {
  seq: Generated<number>
  id: string
  account_id: string
  name: string
  created_at: number
  /** directory_privacy, in_directory, webinar registration settings. */
  data: string
  settings: string
  lock_settings: string
}

/** One user in one group; `is_primary` (0/1) marks the group whose settings the user follows. */
export interface GroupMemberTable {
  seq: Generated<number>
  account_id: string
  group_id: string
  user_id: string
  is_primary: number
  created_at: number
}

export interface GroupAdminTable {
  seq: Generated<number>
  account_id: string
  group_id: string
  user_id: string
  created_at: number
}

export interface GroupTables {
  user_groups: GroupTable
  user_group_members: GroupMemberTable
  user_group_admins: GroupAdminTable
}
