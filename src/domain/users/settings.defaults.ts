import type { Json } from '../../util/json.js'
import { SHARED_SETTINGS_DEFAULTS as S } from '../settings/defaults.js'

// The settings a new licensed user shows before anyone changes anything (GET /users/{userId}/settings): what an
// account shows too is in settings/defaults.ts, this file adds what only a user shows or shows otherwise.
// Values only: how they combine with the account's, the groups' and a user's own changes is in settings.ts.

export const USER_SETTINGS_DEFAULTS = {
  schedule_meeting: {
    ...S.schedule_meeting,
    default_password_for_scheduled_meetings: '',
    participants_video: false,
    pmi_password: '',
    continuous_meeting_chat: {
      ...S.schedule_meeting.continuous_meeting_chat,
      support_instant_meetings: true,
      support_scheduled_meetings: true,
    },
  },
  in_meeting: {
    ...S.in_meeting,
    allow_users_to_delete_messages_in_meeting_chat: true,
    record_play_voice: true,
    share_dual_camera: false,
  },
  email_notification: S.email_notification,
  recording: {
    ...S.recording,
    ask_host_to_confirm_disclaimer: false,
    ask_participants_to_consent_disclaimer: false,
    host_pause_stop_recording: true,
  },
  telephony: {
    ...S.telephony,
    show_international_numbers_link: true,
  },
  feature: {
    ...S.feature,
    cn_meeting: false,
    concurrent_meeting: 'None',
    in_meeting: false,
    large_meeting: false,
    large_meeting_capacity: 0,
    webinar: false,
    webinar_capacity: 0,
    zoom_events: false,
    zoom_events_capacity: 500,
    zoom_events_unlimited: false,
    zoom_events_unlimited_capacities: [] as number[],
    zoom_sessions_unlimited: false,
    zoom_sessions_unlimited_capacities: [] as number[],
    zoom_events_pay_per_attendee: false,
    zoom_sessions_pay_per_attendee: false,
    zoom_phone: false,
    zoom_iq_for_sales: false,
    zoom_revenue_accelerator: false,
    zoom_whiteboard: false,
    zoom_whiteboard_plus: false,
    zoom_translated_captions: false,
    zoom_customer_managed_key: false,
    zoom_huddles: false,
    zoom_quality_management: false,
    zoom_workforce_management: false,
    zoom_scheduler: false,
    zoom_clips_plus: false,
    zoom_mail_calendar: false,
    zoom_compliance_management: false,
    zoom_docs: false,
    license_info_list: [] as Json[],
  },
  tsp: {
    ...S.tsp,
    show_international_numbers_link: false,
  },
  profile: S.profile,
  audio_conferencing: S.audio_conferencing,
  whiteboard: {
    out_meeting_advanced_whiteboard: false,
    in_meeting_advanced_whiteboard: false,
  },
}

export type UserSettingsDoc = typeof USER_SETTINGS_DEFAULTS

/** The sections of the full settings document, in the order Zoom returns them. */
export const SETTINGS_SECTIONS = Object.keys(USER_SETTINGS_DEFAULTS) as Array<keyof UserSettingsDoc>

/** A licensed user's meeting capacity by the account's plan tier (a Basic user always has 100). */
export const MEETING_CAPACITY_BY_TIER = { free: 100, pro: 100, business: 300 } as const

/** What a Basic (type 1) user shows differently: no cloud recording, polls or surveys, a 100-seat meeting. */
export const BASIC_USER_DEFAULTS = {
  in_meeting: {
    polling: false,
    meeting_survey: false,
    webinar_survey: false,
    meeting_polling: { enable: false, advanced_polls: false },
    webinar_polling: { enable: false, advanced_polls: false },
    closed_captioning: { auto_transcribing: false },
  },
  recording: {
    cloud_recording: false,
    auto_delete_cmr: false,
    recording_audio_transcript: false,
    save_chat_text: false,
  },
  email_notification: {
    cloud_recording_available_reminder: false,
    recording_available_reminder_schedulers: false,
  },
  feature: { meeting_capacity: 100 },
}
