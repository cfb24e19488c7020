import { Type, type TSchema } from 'typebox'
import { b, e, i, list, o, obj, s, strings } from '../kit.js'
import { DialInNumber, InMeetingRun, ManualCaptioning } from '../accounts/schemas-settings.js'

// User settings, written by hand: the generated request schema carries `default`s that Ajv would fill into a
// PATCH (turning untouched settings off), and Zoom's current API has fields the 2022 document lacks.
// One set of section schemas serves both the GET response and the PATCH body.

// Zoom's meeting passcodes: at most 10 of letters, digits and @ - _ *.
const Passcode = s({ maxLength: 10, pattern: '^[A-Za-z0-9@_*-]*$' })

const PasswordRequirement = obj({
  consecutive_characters_length: o(e([0, 4, 5, 6, 7, 8] as const)),
  have_letter: b(),
  have_number: b(),
  have_special_character: b(),
  have_upper_and_lower_characters: b(),
  length: i({ minimum: 0, maximum: 10 }),
  only_allow_numeric: b(),
  weak_enhance_detection: b(),
})

const ScheduleMeeting = obj({
  audio_type: o(e(['both', 'telephony', 'voip', 'thirdParty'] as const)),
  default_password_for_scheduled_meetings: Passcode,
  embed_password_in_join_link: b(),
  force_pmi_jbh_password: b(),
  host_video: b(),
  join_before_host: b(),
  meeting_password_requirement: PasswordRequirement,
  participants_video: b(),
  personal_meeting: b(),
  pmi_password: Passcode,
  pstn_password_protected: b(),
  require_password_for_instant_meetings: b(),
  require_password_for_pmi_meetings: o(e(['jbh_only', 'all', 'none'] as const)),
  require_password_for_scheduled_meetings: b(),
  require_password_for_scheduling_new_meetings: b(),
  use_pmi_for_instant_meetings: b(),
  use_pmi_for_scheduled_meetings: b(),
  continuous_meeting_chat: obj({
    enable: b(),
    can_add_external_users: b(),
    auto_add_invited_external_users: b(),
    support_instant_meetings: b(),
    support_scheduled_meetings: b(),
  }),
})

const DATA_CENTERS = ['AU', 'LA', 'CA', 'CN', 'DE', 'HK', 'IN', 'IE', 'TY', 'MX', 'NL', 'SG', 'US'] as const
const UNCHECKED_DATA_CENTERS = ['EU', 'HK', 'AU', 'IN', 'TY', 'CN', 'US', 'CA', 'DE', 'NL', 'LA'] as const
const LANGUAGES = [
  'English',
  'Chinese',
  'Japanese',
  'German',
  'French',
  'Russian',
  'Portuguese',
  'Spanish',
  'Korean',
] as const
const SIGN_LANGUAGES = [
  'American',
  'Chinese',
  'French',
  'German',
  'Japanese',
  'Russian',
  'Brazilian',
  'Spanish',
  'Mexican',
  'British',
] as const

export const VirtualBackgroundFile = Type.Object({
  id: s(),
  is_default: b(),
  name: s(),
  size: i(),
  type: s(),
})

const Polling = obj({
  advanced_polls: b(),
  allow_alternative_host_to_add_edit: b(),
  require_answers_to_be_anonymous: b(),
  allow_host_to_upload_image: b(),
  enable: b(),
})

const InMeeting = obj({
  allow_host_to_enable_focus_mode: b(),
  allow_users_to_delete_messages_in_meeting_chat: b(),
  allow_live_streaming: b(),
  post_meeting_feedback: b(),
  whiteboard: b(),
  allow_participants_chat_with: o(e([1, 2, 3, 4] as const)),
  allow_users_save_chats: o(e([1, 2, 3] as const)),
  annotation: b(),
  attendee_on_hold: b(),
  attention_mode_focus_mode: b(),
  ...InMeetingRun,
  data_center_regions: list(e(DATA_CENTERS)),
  disable_screen_sharing_for_host_meetings: b(),
  disable_screen_sharing_for_in_meeting_guests: b(),
  e2e_encryption: b(),
  entry_exit_chime: o(e(['host', 'all', 'none'] as const)),
  far_end_camera_control: b(),
  feedback: b(),
  file_transfer: b(),
  group_hd: b(),
  webinar_group_hd: b(),
  join_from_desktop: b(),
  join_from_mobile: b(),
  language_interpretation: obj({
    custom_languages: strings(),
    enable_language_interpretation_by_default: b(),
    allow_participants_to_speak_in_listening_channel: b(),
    allow_up_to_25_custom_languages_when_scheduling_meetings: b(),
    enable: b(),
    languages: list(e(LANGUAGES)),
  }),
  sign_language_interpretation: obj({
    enable: b(),
    enable_sign_language_interpretation_by_default: b(),
    languages: list(e(SIGN_LANGUAGES)),
    custom_languages: strings(),
  }),
  live_streaming_facebook: b(),
  live_streaming_youtube: b(),
  manual_captioning: ManualCaptioning,
  meeting_reactions: b(),
  meeting_reactions_emojis: o(e(['all', 'selected'] as const)),
  allow_host_panelists_to_use_audible_clap: b(),
  webinar_reactions: b(),
  meeting_survey: b(),
  non_verbal_feedback: b(),
  polling: b(),
  private_chat: b(),
  record_play_voice: b(),
  remote_control: b(),
  remote_support: b(),
  request_permission_to_unmute_participants: b(),
  // The 2022 reference's name for the same setting; both names are read and written.
  request_permission_to_unmute: b(),
  screen_sharing: b(),
  share_dual_camera: b(),
  show_a_join_from_your_browser_link: b(),
  show_meeting_control_toolbar: b(),
  slide_control: b(),
  unchecked_data_center_regions: list(e(UNCHECKED_DATA_CENTERS)),
  virtual_background: b(),
  virtual_background_settings: obj({
    allow_upload_custom: b(),
    allow_videos: b(),
    enable: b(),
    files: list(VirtualBackgroundFile),
  }),
  waiting_room: b(),
  webinar_chat: obj({
    allow_attendees_chat_with: o(e([1, 2, 3] as const)),
    allow_auto_save_local_chat_file: b(),
    allow_panelists_chat_with: o(e([1, 2] as const)),
    allow_panelists_send_direct_message: b(),
    allow_users_save_chats: o(e([0, 1, 2] as const)),
    default_attendees_chat_with: o(e([1, 2] as const)),
    enable: b(),
  }),
  webinar_live_streaming: obj({
    custom_service_instructions: s(),
    enable: b(),
    live_streaming_reminder: b(),
    live_streaming_service: list(
      e(['facebook', 'workplace_by_facebook', 'youtube', 'custom_live_streaming_service'] as const),
    ),
  }),
  meeting_polling: Polling,
  webinar_polling: Polling,
  webinar_survey: b(),
  who_can_share_screen: o(e(['host', 'all'] as const)),
  who_can_share_screen_when_someone_is_sharing: o(e(['host', 'all'] as const)),
  participants_share_simultaneously: o(e(['multiple', 'one'] as const)),
  workplace_by_facebook: b(),
  transfer_meetings_between_devices: b(),
  allow_show_zoom_windows: b(),
  meeting_summary_with_ai_companion: obj({
    enable: b(),
    auto_enable: b(),
    who_will_receive_summary: o(e([1, 2, 3, 4] as const)),
  }),
  ai_companion_questions: obj({ enable: b(), auto_enable: b(), who_can_ask_questions: o(e([1, 2, 3, 4, 5] as const)) }),
})

const EmailNotification = obj({
  alternative_host_reminder: b(),
  cancel_meeting_reminder: b(),
  cloud_recording_available_reminder: b(),
  jbh_reminder: b(),
  recording_available_reminder_alternative_hosts: b(),
  recording_available_reminder_schedulers: b(),
  schedule_for_reminder: b(),
})

const Recording = obj({
  ask_host_to_confirm_disclaimer: b(),
  ask_participants_to_consent_disclaimer: b(),
  auto_delete_cmr: b(),
  auto_delete_cmr_days: o(e([30, 60, 90, 120] as const)),
  record_files_separately: obj({ active_speaker: b(), gallery_view: b(), shared_screen: b() }),
  display_participant_name: b(),
  recording_thumbnails: b(),
  optimize_recording_for_3rd_party_video_editor: b(),
  recording_highlight: b(),
  save_panelist_chat: b(),
  save_poll_results: b(),
  save_close_caption: b(),
  auto_recording: o(e(['local', 'cloud', 'none'] as const)),
  cloud_recording: b(),
  host_pause_stop_recording: b(),
  ip_address_access_control: obj({ enable: b(), ip_addresses_or_ranges: s() }),
  local_recording: b(),
  record_audio_file: b(),
  record_gallery_view: b(),
  record_speaker_view: b(),
  recording_audio_transcript: b(),
  recording_disclaimer: b(),
  smart_recording: obj({ create_recording_highlights: b(), create_smart_chapters: b(), create_next_steps: b() }),
  recording_password_requirement: obj({
    have_letter: b(),
    have_number: b(),
    have_special_character: b(),
    length: i({ minimum: 0, maximum: 10 }),
    only_allow_numeric: b(),
  }),
  save_chat_text: b(),
  show_timestamp: b(),
})

const Telephony = obj({
  audio_conference_info: s({ maxLength: 2048 }),
  show_international_numbers_link: b(),
  telephony_regions: obj({ allowed_values: strings(), selection_values: s() }),
  third_party_audio: b(),
})

const CAPACITIES = [100, 500, 1000, 3000, 5000, 10000, 20000, 30000, 50000] as const
const LICENSE_TYPES = [
  'ZOOM_WHITEBOARD',
  'ZOOM_TRANSLATED_CAPTIONS',
  'ZOOM_SCHEDULER',
  'ZOOM_CLIPS',
  'ZOOM_VISITOR_MANAGEMENT',
  'ZOOM_CMK',
  'ZOOM_DOCS',
  'ZOOM_REVENUE_ACCELERATOR',
  'ZOOM_COMPLIANCE_MANAGEMENT',
  'ZOOM_WORKFORCE_MANAGEMENT',
  'ZOOM_QUALITY_MANAGEMENT',
  'ZOOM_HEALTHCARE_CLINICAL_NOTES',
] as const

const featureProps = (largeMeetingCapacity: TSchema, webinarCapacity: TSchema) => ({
  cn_meeting: b(),
  concurrent_meeting: o(e(['Basic', 'Plus', 'None'] as const)),
  in_meeting: b(),
  large_meeting: b(),
  large_meeting_capacity: largeMeetingCapacity,
  meeting_capacity: i(),
  webinar: b(),
  webinar_capacity: webinarCapacity,
  zoom_events: b(),
  zoom_events_capacity: o(e([500, 1000, 3000, 5000, 10000, 20000, 30000, 50000] as const)),
  zoom_events_unlimited: b(),
  zoom_events_unlimited_capacities: list(e(CAPACITIES)),
  zoom_sessions_unlimited: b(),
  zoom_sessions_unlimited_capacities: list(e(CAPACITIES)),
  zoom_events_pay_per_attendee: b(),
  zoom_sessions_pay_per_attendee: b(),
  zoom_phone: b(),
  zoom_iq_for_sales: b(),
  zoom_revenue_accelerator: b(),
  zoom_whiteboard: b(),
  zoom_whiteboard_plus: b(),
  zoom_translated_captions: b(),
  zoom_customer_managed_key: b(),
  zoom_huddles: b(),
  zoom_quality_management: b(),
  zoom_workforce_management: b(),
  zoom_scheduler: b(),
  zoom_clips_plus: b(),
  zoom_mail_calendar: b(),
  zoom_compliance_management: b(),
  zoom_docs: b(),
  license_info_list: list(
    Type.Object({
      license_type: o(e(LICENSE_TYPES)),
      license_option: i(),
      subscription_id: s(),
    }),
  ),
})

const FeatureResponse = obj(featureProps(i(), i()))
// Seat counts are one of Zoom's plan sizes when set through the API.
const FeatureUpdate = obj(
  featureProps(o(e([500, 1000] as const)), o(e([100, 500, 501, 1000, 1001, 3000, 5000, 10000] as const))),
)

const Tsp = obj({ call_out: b(), call_out_countries: list(Type.Unknown()), show_international_numbers_link: b() })
const Profile = obj({ recording_storage_location: obj({ allowed_values: strings(), value: s() }) })
const AudioConferencing = obj({
  toll_free_and_fee_based_toll_call: obj({
    allow_webinar_attendees_dial: b(),
    enable: b(),
    numbers: list(DialInNumber, { maxItems: 100 }),
  }),
})
const Whiteboard = obj({ out_meeting_advanced_whiteboard: b(), in_meeting_advanced_whiteboard: b() })

export const MeetingSecurity = obj({
  auto_security: b(),
  block_user_domain: b(),
  block_user_domain_list: list(Type.String({ minLength: 5, maxLength: 30 }), { maxItems: 20 }),
  embed_password_in_join_link: b(),
  encryption_type: o(e(['enhanced_encryption', 'e2ee'] as const)),
  end_to_end_encrypted_meetings: b(),
  meeting_password: b(),
  meeting_password_requirement: PasswordRequirement,
  only_authenticated_can_join_from_webclient: b(),
  phone_password: b(),
  pmi_password: b(),
  require_password_for_scheduled_meeting: b(),
  require_password_for_scheduled_webinar: b(),
  waiting_room: b(),
  waiting_room_settings: obj({
    participants_to_place_in_waiting_room: o(e([0, 1, 2] as const)),
    users_who_can_admit_participants_from_waiting_room: o(e([0, 1] as const)),
    whitelisted_domains_for_waiting_room: s(),
  }),
  webinar_password: b(),
})

const AuthenticationOption = Type.Object({
  default_option: b(),
  domains: s(),
  id: s(),
  name: s(),
  type: o(e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'] as const)),
  visible: b(),
})

/**
 * GET /users/{userId}/settings. Without `option` the sections; with it, either the authentication profile
 * (`meeting_authentication` or `recording_authentication`, `authentication_options`) or `meeting_security`.
 */
export const UserSettingsResponse = Type.Object({
  schedule_meeting: ScheduleMeeting,
  in_meeting: InMeeting,
  email_notification: EmailNotification,
  recording: Recording,
  telephony: Telephony,
  feature: FeatureResponse,
  tsp: Tsp,
  profile: Profile,
  audio_conferencing: AudioConferencing,
  whiteboard: Whiteboard,
  allow_authentication_exception: b(),
  authentication_options: list(AuthenticationOption),
  meeting_authentication: b(),
  recording_authentication: b(),
  meeting_security: MeetingSecurity,
})

export const UserSettingsQuery = Type.Object({
  login_type: o(e([0, 1, 11, 21, 23, 24, 27, 97, 98, 99, 100, 101] as const)),
  option: o(e(['meeting_authentication', 'recording_authentication', 'meeting_security'] as const)),
  custom_query_fields: s(),
})

export const UserSettingsUpdateQuery = Type.Object({
  option: o(e(['meeting_authentication', 'recording_authentication', 'meeting_security'] as const)),
})

/** PATCH body: the sections, or (with `option`) an authentication change or `meeting_security`. */
export const UserSettingsUpdateBody = Type.Object({
  schedule_meeting: ScheduleMeeting,
  in_meeting: InMeeting,
  email_notification: EmailNotification,
  recording: Recording,
  telephony: Telephony,
  feature: FeatureUpdate,
  tsp: Tsp,
  profile: Profile,
  audio_conferencing: AudioConferencing,
  whiteboard: Whiteboard,
  authentication_option: obj({
    action: o(e(['update', 'show', 'hide'] as const)),
    default_option: b(),
    domains: s(),
    id: s(),
    name: s({ maxLength: 128 }),
    type: o(
      e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'] as const),
    ),
  }),
  meeting_authentication: b(),
  recording_authentication: b(),
  meeting_security: MeetingSecurity,
})

export const PictureUploadBody = Type.Object({
  pic_file: Type.String({ format: 'binary', description: 'A jpg/jpeg or png image, at most 2 MB.' }),
})

export const VirtualBackgroundUploadBody = Type.Object({
  file: Type.String({
    format: 'binary',
    description: 'A jpg/jpeg, gif or png image, or an mp4/mov video, at most 15 MB.',
  }),
})

export const VirtualBackgroundUploadResponse = Type.Object({
  id: s(),
  is_default: b(),
  name: s(),
  size: i(),
  type: o(e(['image', 'video'] as const)),
})

export const DeleteVirtualBackgroundsQuery = Type.Object({ file_ids: s() })
