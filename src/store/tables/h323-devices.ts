import type { Generated } from 'kysely'

/** A room system (H.323 or SIP) an account registers so its Room Connector can call it or take its calls. */
export interface H323DeviceTable {
  seq: Generated<number>
  account_id: string
  /** 16 letters and digits, unique across the database. */
  id: string
  name: string
  /** The name trimmed and lower-cased: display names are unique in an account regardless of case. */
  name_key: string
  /** `H.323` or `SIP`. */
  protocol: string
  /** An IP address or host name (H.323), or a SIP URI, address or host name (SIP). */
  ip: string
  /** `auto`, `yes` or `no`. */
  encryption: string
  created_at: number
  updated_at: number
}

/**
 * How one participant session's audio reached the meeting when it was not the client's computer audio: a phone
 * line (toll or toll-free dial-in, a call-out, SIP Connected Audio) or a registered room system. The leg starts
 * and ends with its session (meeting_participants.id = session_id), whose join and leave times it shares.
 */
export interface SessionAudioLegTable {
  seq: Generated<number>
  account_id: string
  instance_uuid: string
  meeting_id: number
  session_id: string
  participant_uuid: string
  /** `toll`, `toll_free`, `call_out`, `sip` (SIP Connected Audio) or `room_system`. */
  type: string
  /** The caller's number (the number called for a call-out); a room system's address. */
  phone_number: string
  /** Two-letter country code of the phone line; '' for a room system. */
  country: string
  /** The meeting's dial-in number the caller dialled (toll legs); '' otherwise. */
  call_in_number: string
  /** The registered room system, for `room_system` legs. */
  device_id: string | null
  /** `H.323` or `SIP`, for `room_system` legs. */
  protocol: string | null
  /** The session's join time. */
  created_at: number
}

export interface H323DeviceTables {
  h323_devices: H323DeviceTable
  session_audio_legs: SessionAudioLegTable
}
