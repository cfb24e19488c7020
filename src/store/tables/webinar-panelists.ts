import type { Generated } from 'kysely'

/**
 * One panelist of a webinar: one row per webinar and email (case-insensitive), shared by every occurrence of a
 * recurring webinar. `data` holds the name as given, the email's spelling and the name tag and background choices.
 */
export interface WebinarPanelistTable {
  seq: Generated<number>
  /** The panelist id (22 characters), unique across the database. */
  id: string
  account_id: string
  webinar_id: number
  /** Lower-cased: an email is a webinar's panelist once. */
  email: string
  created_at: number
  updated_at: number
  data: string
}

export interface WebinarPanelistTables {
  webinar_panelists: WebinarPanelistTable
}
