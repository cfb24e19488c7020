import type { Generated } from 'kysely'

// A webinar's session branding. Its images (virtual backgrounds and the wallpaper) are rows of the shared `files`
// table whose owner is the webinar's number; the rows here are keyed by that number too, as a meeting's children are.

/** One name tag of a webinar: the colours of the label shown under a host's or panelist's video. */
export interface WebinarNameTagTable {
  seq: Generated<number>
  /** 22-character URL-safe id, unique across the database. */
  id: string
  account_id: string
  meeting_id: number
  name: string
  /** Hex colour codes as the client sent them. */
  text_color: string
  accent_color: string
  background_color: string
  created_at: number
  updated_at: number
}

/** One row per webinar that ever had a default chosen: its default name tag and virtual background. */
export interface WebinarBrandingTable {
  meeting_id: number
  account_id: string
  default_name_tag_id: string | null
  default_virtual_background_id: string | null
  updated_at: number
}

export interface WebinarBrandingTables {
  webinar_name_tags: WebinarNameTagTable
  webinar_branding: WebinarBrandingTable
}
