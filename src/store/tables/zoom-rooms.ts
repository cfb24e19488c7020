import type { Generated } from 'kysely'

/** A Zoom Room of an account, as its admin set it up (registered through the simulator). */
export interface ZoomRoomTable {
  seq: Generated<number>
  account_id: string
  /** 22 URL-safe characters, unique across the database. */
  id: string
  name: string
  location: string
  location_id: string
  /** The calendar resource the room books through ('' when none). */
  calendar_name: string
  email: string
  /** The kind of the room's email account, e.g. "Work Email". */
  account_type: string
  camera: string
  microphone: string
  speaker: string
  created_at: number
}

/** A device of a room: its computer, controller or scheduling display. */
export interface ZoomRoomDeviceTable {
  seq: Generated<number>
  account_id: string
  room_id: string
  id: string
  /** `Zoom Rooms Computer`, `Controller` or `Scheduling Display`. */
  device_type: string
  name: string
  ip: string
  app_version: string
  /** Operating system and version, e.g. "Win 10". */
  device_system: string
  /** `Online` or `Offline`. */
  status: string
}

/** An issue a room raised; open while `resolved_at` is null. */
export interface ZoomRoomIssueTable {
  seq: Generated<number>
  account_id: string
  room_id: string
  id: string
  /** One of ZOOM_ROOM_ISSUES. */
  issue: string
  started_at: number
  resolved_at: number | null
}

/** A meeting instance a room joined, and the participant it joined as (meeting_participants.participant_uuid). */
export interface ZoomRoomMeetingTable {
  seq: Generated<number>
  account_id: string
  room_id: string
  instance_uuid: string
  participant_uuid: string
  /** The room's first join into the instance. */
  joined_at: number
}

export interface ZoomRoomTables {
  zoom_rooms: ZoomRoomTable
  zoom_room_devices: ZoomRoomDeviceTable
  zoom_room_issues: ZoomRoomIssueTable
  zoom_room_meetings: ZoomRoomMeetingTable
}
