import type { Generated } from 'kysely'

/**
 * Team Chat activity of a user, which Zoom's API does not carry and the simulator records: `count` messages of one
 * kind sent at one moment, either to a contact (one-to-one) or in a channel.
 */
export interface ChatActivityTable {
  seq: Generated<number>
  account_id: string
  user_id: string
  /** `text`, `audio`, `video`, `file`, `image`, `code_snippet` or `giphy`. */
  kind: string
  /** `contact` (one-to-one) or `channel`. */
  target: string
  count: number
  sent_at: number
}

export interface ChatActivityTables {
  chat_activity: ChatActivityTable
}
