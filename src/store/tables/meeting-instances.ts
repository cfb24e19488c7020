import type { Generated } from 'kysely'

// Held meetings: one row per instance (from start to end), one per participant session (join → leave), and a
// per-minute quality-of-service series per session. Past meetings, reports, dashboards and recordings all read
// these rows, so a meeting looks the same wherever it appears.

/** One instance of a meeting: started, then ended. Its UUID is the meeting's UUID while it ran. */
export interface MeetingInstanceTable {
  seq: Generated<number>
  uuid: string
  account_id: string
  meeting_id: number
  host_id: string
  /** `meeting` or `webinar`, as the meeting's row. */
  kind: string
  /** The meeting's stored schedule form when it started (see the meetings table). */
  type: number
  topic: string
  /** `started` while live, then `ended`. */
  status: string
  start_time: number
  end_time: number | null
  /** Minutes from start to end, once ended. */
  duration: number | null
  /** Minutes attended, summed over every session, once ended. */
  total_minutes: number | null
  /** Distinct participants (a rejoin is the same participant), once ended. */
  participants_count: number | null
  /** Join sessions (a rejoin counts again), once ended. */
  sessions_count: number | null
  /** {@link InstanceData} as JSON. */
  data: string
}

/** One participant session: from a join to the matching leave (a rejoin starts a new session). */
export interface MeetingParticipantTable {
  seq: Generated<number>
  /** The session's own id. */
  id: string
  account_id: string
  instance_uuid: string
  meeting_id: number
  /** The same for every session of one participant in one instance. */
  participant_uuid: string
  /** Zoom's per-session participant id (`user_id` in events and past participants), e.g. "16778240". */
  user_id: string
  /** The Zoom user id when the participant is a user of the host's account; null for guests. */
  account_user_id: string | null
  registrant_id: string | null
  /** In a webinar: host, co-host, panelist or attendee; null where no role was recorded. */
  role: string | null
  name: string
  /** As the participant gave it ('' when none); presenters apply Zoom's email display rules. */
  email: string
  join_time: number
  /** null while the participant is in the meeting. */
  leave_time: number | null
  leave_reason: string | null
  /** `in_meeting` or `in_waiting_room`. */
  status: string
  /** Client platform: Windows, Mac, iOS, Android, Linux, Web, H.323/SIP. */
  device: string
  ip_address: string
  location: string
  /** Wired, Wifi, Cellular, PPP, Others. */
  network_type: string
  /** {@link SessionData} as JSON. */
  data: string
}

/**
 * One minute of one session's media quality. `data` holds `audio_input`, `audio_output`, `video_input`,
 * `video_output`, `as_input`, `as_output` (screen share; present only while a share is seen) as
 * `{bitrate (kbps), latency (ms), jitter (ms), avg_loss (%), max_loss (%)}` plus, for video and share,
 * `resolution` ("1280*720") and `frame_rate` (fps), and `cpu_usage` `{zoom_min_cpu_usage, zoom_avg_cpu_usage,
 * zoom_max_cpu_usage, system_max_cpu_usage}` (%). Numbers without units: presenters add Zoom's unit strings.
 */
export interface ParticipantQosTable {
  seq: Generated<number>
  account_id: string
  instance_uuid: string
  /** The session (meeting_participants.id). */
  participant_id: string
  /** Epoch ms of the sample's minute. */
  ts: number
  data: string
}

/** An alert issue (meeting.alert `issues`) a session has raised: each is raised once per session. */
export interface ParticipantAlertTable {
  seq: Generated<number>
  account_id: string
  /** The session (meeting_participants.id). */
  participant_id: string
  issue: string
  /** Epoch ms of the minute that raised it. */
  at: number
}

export interface MeetingInstanceTables {
  meeting_instances: MeetingInstanceTable
  meeting_participants: MeetingParticipantTable
  participant_qos: ParticipantQosTable
  participant_alerts: ParticipantAlertTable
}
