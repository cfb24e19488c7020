import type { Generated } from 'kysely'

/**
 * A place a webinar's registration link was shared through (a newsletter, a social network…). Its registrants
 * are those of meeting_registrants whose `source_id` names it; their count is read from there, not kept here.
 */
export interface WebinarTrackingSourceTable {
  seq: Generated<number>
  /** 13 digits, as Zoom shows source ids; unique across the database. */
  id: string
  account_id: string
  webinar_id: number
  source_name: string
  /** Visits of the registration page through this source's link; every registration made through it is one. */
  visitor_count: number
  created_at: number
}

export interface TrackingSourceTables {
  webinar_tracking_sources: WebinarTrackingSourceTable
}
