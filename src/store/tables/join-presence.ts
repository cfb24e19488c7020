// Pages opened from join and start links, and when each was last heard from.

/** One page's session; the row goes when the session closes. Any server process on the database may read it. */
export interface JoinPresenceTable {
  /** The session (meeting_participants.id); sessions are unique across accounts. */
  participant_id: string
  account_id: string
  instance_uuid: string
  /** Epoch ms of the page's last poll, in real time (not the server clock, which the simulator moves). */
  seen_at: number
}

export interface JoinPresenceTables {
  join_presence: JoinPresenceTable
}
