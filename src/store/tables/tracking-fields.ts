import type { Generated } from 'kysely'

// Rows of tracking fields. Register each table here: `table_name: RowInterface`.

/** A tracking field of an account: a label meetings and webinars may carry a value for. */
export interface TrackingFieldTable {
  seq: Generated<number>
  account_id: string
  id: string
  field: string
  /** The label trimmed and lower-cased: labels are unique in an account regardless of case. */
  field_key: string
  /** 0 or 1. */
  required: number
  /** 0 or 1. */
  visible: number
  /** JSON array of strings. */
  recommended_values: string
  created_at: number
}

export interface TrackingFieldTables {
  tracking_fields: TrackingFieldTable
}
