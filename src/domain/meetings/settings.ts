import { deepMerge, type Json } from '../../util/json.js'
import type { AccountSettings } from '../accounts/settings.js'
import type { MeetingType } from './meeting.model.js'

/** The defaults a new meeting and a new webinar share (each kind adds its own in defaultMeetingSettings / defaultWebinarSettings). */
export function sharedScheduleDefaults(account: AccountSettings, type: MeetingType): Json {
  return {
    host_video: account.schedule_meeting?.host_video ?? false,
    approval_type: 2,
    ...(type === 8 ? { registration_type: 1 } : {}),
    auto_recording: account.recording?.auto_recording ?? 'none',
    enforce_login: false,
    enforce_login_domains: '',
    alternative_hosts: '',
    alternative_host_update_polls: false,
    close_registration: false,
    show_share_button: false,
    allow_multiple_devices: false,
    registrants_confirmation_email: true,
    registrants_email_notification: true,
    meeting_authentication: false,
    sign_language_interpretation: { enable: false },
    email_in_attendee_report: false,
    allow_host_control_participant_mute_state: false,
    global_dial_in_countries: [],
  }
}

/** A new meeting's settings before the request's own: Zoom's defaults, with the account's meeting defaults applied. */
export function defaultMeetingSettings(account: AccountSettings, type: MeetingType): Json {
  const s = account.schedule_meeting ?? {}
  const waitingRoom = account.in_meeting?.waiting_room ?? account.security?.waiting_room ?? false
  return {
    ...sharedScheduleDefaults(account, type),
    participant_video: (s.participant_video as boolean | undefined) ?? s.participants_video ?? false,
    cn_meeting: false,
    in_meeting: false,
    join_before_host: s.join_before_host ?? false,
    jbh_time: [0, 5, 10, 15].includes(s.jbh_time as number) ? s.jbh_time : 0,
    mute_upon_entry: s.mute_upon_entry ?? false,
    watermark: false,
    use_pmi: false,
    audio:
      s.audio_type === 'thirdParty' || s.audio_type === 'telephony' || s.audio_type === 'voip' ? s.audio_type : 'both',
    alternative_hosts_email_notification: true,
    alternative_host_manage_meeting_summary: false,
    alternative_host_manage_cloud_recording: false,
    waiting_room: waitingRoom,
    encryption_type: 'enhanced_encryption',
    approved_or_denied_countries_or_regions: { enable: false },
    breakout_room: { enable: false },
    internal_meeting: false,
    continuous_meeting_chat: {
      enable: false,
      auto_add_invited_external_users: false,
      auto_add_meeting_participants: false,
    },
    participant_focused_meeting: false,
    push_change_to_calendar: false,
    resources: [],
    auto_start_meeting_summary: false,
    auto_start_ai_companion_questions: false,
    device_testing: false,
    focus_mode: false,
    meeting_invitees: [],
    private_meeting: false,
    email_notification: true,
    host_save_video_order: false,
    disable_participant_video: false,
  }
}

/** Request-only members that are not part of a meeting's stored settings. */
const WRITE_ONLY = new Set(['additional_data_center_regions'])

/** `base` with `patch` on top, then Zoom's rules between settings (the waiting room turns join-before-host off). */
export function applySettings(base: Json, patch: Json | undefined): Json {
  const clean: Json = {}
  for (const [k, v] of Object.entries(patch ?? {})) if (!WRITE_ONLY.has(k)) clean[k] = v
  const out = deepMerge(base, clean)
  if (out.waiting_room === true && out.join_before_host === true) out.join_before_host = false
  return out
}

/** The settings one occurrence of a recurring meeting may change on its own. */
export const OCCURRENCE_SETTINGS = [
  'host_video',
  'participant_video',
  'join_before_host',
  'mute_upon_entry',
  'waiting_room',
  'watermark',
  'auto_recording',
] as const

/** Splits `alternative_hosts` ("a@x.com;b@y.com" or ids, `;` or `,` separated) into its entries. */
export function alternativeHostEntries(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
}
