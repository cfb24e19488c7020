import type { Generated } from 'kysely'

// Rows of IM directory groups. Register each table here: `table_name: RowInterface`.

export interface ImGroupTable {
  seq: Generated<number>
  id: string
  account_id: string
  name: string
  type: string
  created_at: number
  /** search_by_account, search_by_domain, search_by_ma_account. */
  data: string
}

export interface ImGroupMemberTable {
  seq: Generated<number>
  account_id: string
  group_id: string
  user_id: string
  created_at: number
}

export interface ImGroupTables {
  im_groups: ImGroupTable
  im_group_members: ImGroupMemberTable
}
