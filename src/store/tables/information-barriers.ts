import type { Generated } from 'kysely'

// Rows of information barrier policies. Register each table here: `table_name: RowInterface`.

/** A policy restricting communication between two groups of an account. */
export interface InformationBarrierPolicyTable {
  seq: Generated<number>
  account_id: string
  id: string
  policy_name: string
  assigned_group_id: string
  to_group_id: string
  /** 0–3, as Zoom numbers the policy types. */
  type: number
  /** 0 inactive, 1 active. */
  status: number
  /** JSON object of the eight restriction booleans. */
  settings: string
  created_at: number
  updated_at: number
}

export interface InformationBarrierTables {
  information_barrier_policies: InformationBarrierPolicyTable
}
