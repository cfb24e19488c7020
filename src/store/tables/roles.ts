import type { Generated } from 'kysely'

// Rows of roles and members. Register each table here: `table_name: RowInterface`.

/**
 * A role of an account. The built-in roles (Owner "0", Admin "1", Member "2") get a row per account the first
 * time the account's roles are read, so they can be read and edited like the others. Users hold their role
 * in `users.role_id`.
 */
export interface RoleTable {
  seq: Generated<number>
  account_id: string
  id: string
  name: string
  description: string
  type: string
  /** JSON array of privilege names. */
  privileges: string
  created_at: number
  /** sub_account_privileges and the like. */
  data: string
}

export interface RoleTables {
  roles: RoleTable
}
