import { Type } from 'typebox'
import { b, e, i, list, num, o, obj, s, strings } from '../kit.js'

// The account settings document, its locked settings and the webinar registration settings. Shapes follow
// @zoom/rivet's Accounts types (newer than the 2022 document, which lacks chat and many in_meeting fields);
// constraints from the 2022 document. Every property is optional: these schemas also whitelist responses.

// Parts the user and group settings documents share with the account's.

/** A toll or toll-free dial-in number of audio conferencing. */
export const DialInNumber = Type.Object({
  code: s(),
  country_code: s(),
  country_name: s(),
  display_number: s({ maxLength: 30 }),
  number: s({ maxLength: 30 }),
})

/** A policy of the chat etiquette tool. */
export const EtiquettePolicy = Type.Object({
  description: s(),
  id: s(),
  is_locked: b(),
  keywords: strings(),
  name: s(),
  regular_expression: s(),
  status: o(e(['activated', 'deactivated'])),
  trigger_action: o(e([1, 2])),
})

export const ClosedCaptioning = obj({
  auto_transcribing: b(),
  enable: b(),
  save_caption: b(),
  third_party_captioning_service: b(),
  view_full_transcript: b(),
})

export const ManualCaptioning = obj({
  allow_to_type: b(),
  auto_generated_captions: b(),
  full_transcript: b(),
  manual_captions: b(),
  save_captions: b(),
  third_party_captioning_service: b(),
})

/** In-meeting fields the user settings list in the same order as the account's (spread in place). */
export const InMeetingRun = {
  auto_saving_chat: b(),
  breakout_room: b(),
  breakout_room_schedule: b(),
  chat: b(),
  meeting_question_answer: b(),
  closed_caption: b(),
  closed_captioning: ClosedCaptioning,
  co_host: b(),
  custom_data_center_regions: b(),
  custom_live_streaming_service: b(),
  custom_service_instructions: s(),
}

const MeetingPasswordRequirement = obj({
  consecutive_characters_length: o(e([0, 4, 5, 6, 7, 8])),
  have_letter: b(),
  have_number: b(),
  have_special_character: b(),
  have_upper_and_lower_characters: b(),
  length: i(),
  only_allow_numeric: b(),
  weak_enhance_detection: b(),
})

const Security = Type.Object({
  admin_change_name_pic: b(),
  admin_change_user_info: b(),
  user_modifiable_info_by_admin: list(e(['name', 'profile_picture', 'sign_in_email', 'host_key'])),
  signin_with_sso: obj({
    enable: b(),
    require_sso_for_domains: b(),
    domains: strings(),
    sso_bypass_users: list(
      Type.Object({
        id: s(),
        email: s(),
      }),
    ),
  }),
  hide_billing_info: b(),
  import_photos_from_devices: b(),
  password_requirement: obj({
    consecutive_characters_length: o(e([0, 4, 5, 6, 7, 8])),
    have_special_character: b(),
    minimum_password_length: i({ minimum: 8, maximum: 14 }),
    weak_enhance_detection: b(),
  }),
  sign_again_period_for_inactivity_on_client: o(e([0, 5, 10, 15, 30, 45, 60, 90, 120])),
  sign_again_period_for_inactivity_on_web: o(e([0, 5, 10, 15, 30, 60, 120])),
  sign_in_with_two_factor_auth: o(e(['all', 'group', 'role', 'none'])),
  sign_in_with_two_factor_auth_groups: strings(),
  sign_in_with_two_factor_auth_roles: strings(),
})

const AudioConferencing = Type.Object({
  toll_free_and_fee_based_toll_call: obj({
    allow_webinar_attendees_dial: b(),
    enable: b(),
    numbers: list(DialInNumber),
  }),
})

const Chat = Type.Object({
  allow_bots_chat: b(),
  share_files: obj({
    enable: b(),
    share_option: o(e(['disable', 'anyone', 'account', 'organization'])),
    view_option: o(e(['anyone', 'account', 'organization'])),
    restrictions: obj({
      only_allow_specific_file_types: b(),
      file_type_restrictions: list(
        e([
          '.gz',
          '.rar',
          '.zip',
          '.xls',
          '.xlsx',
          '.json',
          '.png',
          '.pptx',
          '.ppt',
          '.7z',
          '.xmind',
          '.pdf',
          '.pps',
          '.txt',
          '.docx',
          '.doc',
        ]),
      ),
      file_type_restrictions_for_external: list(
        e([
          '.gz',
          '.rar',
          '.zip',
          '.xls',
          '.xlsx',
          '.json',
          '.png',
          '.pptx',
          '.ppt',
          '.7z',
          '.xmind',
          '.pdf',
          '.pps',
          '.txt',
          '.docx',
          '.doc',
        ]),
      ),
      maximum_file_size: b(),
      file_size_restrictions: o(e([50, 100, 200, 300, 400, 500])),
      file_size_restrictions_for_external: o(e([50, 100, 200, 300, 400, 500])),
      file_restrictions_apply_to: o(e(['sharing_and_viewing', 'sharing'])),
    }),
  }),
  chat_emojis: obj({
    enable: b(),
    emojis_option: o(e(['all', 'selected'])),
  }),
  record_voice_messages: b(),
  record_video_messages: b(),
  screen_capture: b(),
  create_public_channels: b(),
  create_private_channels: b(),
  create_group_chat: b(),
  share_links_in_chat: b(),
  schedule_meetings_in_chat: b(),
  set_retention_period_in_cloud: obj({
    enable: b(),
    retention_period_of_direct_messages_and_group_conversation: s(),
    retention_period_of_channels: s(),
  }),
  set_retention_period_in_local: obj({
    enable: b(),
    retention_period_of_direct_messages_and_group_conversation: s(),
    retention_period_of_channels: s(),
  }),
  allow_users_to_add_contacts: obj({
    enable: b(),
    selected_option: o(e([1, 2, 3, 4])),
    user_email_addresses: s(),
  }),
  allow_users_to_chat_with_others: obj({
    enable: b(),
    selected_option: o(e([1, 2, 3, 4])),
    user_email_addresses: s(),
  }),
  chat_etiquette_tool: obj({
    enable: b(),
    policies: list(EtiquettePolicy),
    policy_max_count: num(),
  }),
  send_data_to_third_party_archiving_service: obj({
    enable: b(),
    type: o(e(['global_relay', 'smarsh'])),
    smtp_delivery_address: s(),
    user_name: s(),
    passcode: s(),
    authorized_channel_token: s(),
  }),
  apply_local_storage_to_personal_channel: obj({
    enable: b(),
    retention_period: s(),
  }),
  translate_messages: b(),
  search_and_send_animated_gif_images: obj({
    enable: b(),
    giphy_content_rating: o(e([1, 2, 3, 4])),
  }),
  external_collab_restrict: obj({
    enable: b(),
    external_chat: o(e(['allowed', 'not_allowed'])),
    group_id: s(),
  }),
  external_user_control: obj({
    enable: b(),
    selected_option: o(e([1, 2, 3])),
    external_account: b(),
  }),
  external_invite_approve: obj({
    enable: b(),
    selected_option: o(e([1, 2])),
    channel_id: s(),
    external_account: b(),
  }),
  external_member_join: obj({
    enable: b(),
    external_account: b(),
  }),
  external_join_approve: obj({
    enable: b(),
    selected_option: o(e([1, 2])),
    channel_id: s(),
    external_account: b(),
  }),
  download_file: b(),
  share_screen_in_chat: b(),
  code_snippet: b(),
  personal_channel: b(),
  store_revise_chat: b(),
  set_chat_as_default_tab: b(),
  hyper_link: b(),
  suppress_removal_notification: b(),
  suppress_user_group_notification: b(),
  allow_remove_msg_by_owner_and_admins: b(),
  allow_huddles_from_channels: b(),
  shared_spaces: b(),
  chat_email_address: obj({
    enable: b(),
    only_allow_specific_domains: b(),
    specific_domains: strings(),
  }),
  read_receipts: obj({
    enable: b(),
    allow_users_opt_out: b(),
  }),
  allow_delete_message: obj({
    enable: b(),
    time: o(e([0, 5, 30, 60, 1440, 10080])),
  }),
  allow_edit_message: obj({
    enable: b(),
    time: o(e([0, 5, 30, 60, 1440, 10080])),
  }),
  show_status_to_internal_contact: b(),
  presence_on_meeting: b(),
  presence_away_when_screen_saver: b(),
  show_h323_contact_tab: b(),
  ai_summary: obj({
    enable: b(),
    shown_in_team_chat: b(),
  }),
  ai_compose: obj({
    enable: b(),
    shown_in_team_chat: b(),
  }),
  ai_recommend: b(),
  ai_quick_reply: b(),
  ai_sentence_completion: b(),
  ai_quick_schedule: b(),
  survey_poll: b(),
})

const EmailNotification = Type.Object({
  alternative_host_reminder: b(),
  cancel_meeting_reminder: b(),
  cloud_recording_available_reminder: b(),
  jbh_reminder: b(),
  low_host_count_reminder: b(),
  recording_available_reminder_alternative_hosts: b(),
  recording_available_reminder_schedulers: b(),
  schedule_for_reminder: b(),
})

const Feature = Type.Object({
  meeting_capacity: i(),
  h323_sip_devices: b(),
  sip_phone_integration: b(),
  personal_audio_conference: b(),
  sip_connected_audio: b(),
  department_billing: b(),
})

const InMeeting = Type.Object({
  auto_generated_translation: obj({
    language_item_pairList: obj({
      trans_lang_config: list(
        Type.Object({
          speak_language: obj({
            name: o(
              e([
                'Chinese (Simplified)',
                'Dutch',
                'English',
                'French',
                'German',
                'Italian',
                'Japanese',
                'Korean',
                'Portuguese',
                'Russian',
                'Spanish',
                'Ukrainian',
              ]),
            ),
            code: o(e(['zh', 'nl', 'en', 'fr', 'de', 'it', 'ja', 'ko', 'pt', 'ru', 'es', 'uk'])),
          }),
          translate_to: obj({
            all: b(),
            language_config: list(
              Type.Object({
                name: o(e(['English'])),
                code: o(e(['en'])),
              }),
            ),
          }),
        }),
      ),
      all: b(),
    }),
    enable: b(),
  }),
  alert_guest_join: b(),
  allow_host_to_enable_focus_mode: b(),
  allow_live_streaming: b(),
  allow_participants_chat_with: o(e([1, 2, 3, 4])),
  allow_participants_to_rename: b(),
  allow_show_zoom_windows: b(),
  allow_users_save_chats: o(e([1, 2, 3])),
  annotation: b(),
  anonymous_question_answer: b(),
  attendee_on_hold: b(),
  attention_mode_focus_mode: b(),
  auto_answer: b(),
  ...InMeetingRun,
  meeting_data_transit_and_residency_method: o(e(['cloud', 'On-Prem'])),
  data_center_regions: list(e(['AU', 'LA', 'CA', 'CN', 'DE', 'HK', 'IN', 'IE', 'TY', 'MX', 'NL', 'SG', 'US'])),
  disable_screen_sharing_for_host_meetings: b(),
  disable_screen_sharing_for_in_meeting_guests: b(),
  dscp_audio: i({ minimum: 1, maximum: 63 }),
  dscp_marking: b(),
  dscp_video: i({ minimum: 1, maximum: 63 }),
  dscp_dual: b(),
  e2e_encryption: b(),
  entry_exit_chime: o(e(['host', 'all', 'none'])),
  far_end_camera_control: b(),
  feedback: b(),
  file_transfer: b(),
  group_hd: b(),
  webinar_group_hd: b(),
  join_from_desktop: b(),
  join_from_mobile: b(),
  language_interpretation: obj({
    custom_languages: strings(),
    enable: b(),
    enable_language_interpretation_by_default: b(),
    allow_participants_to_speak_in_listening_channel: b(),
    allow_up_to_25_custom_languages_when_scheduling_meetings: b(),
    languages: list(
      e(['English', 'Chinese', 'Japanese', 'German', 'French', 'Russian', 'Portuguese', 'Spanish', 'Korean']),
    ),
  }),
  sign_language_interpretation: obj({
    enable: b(),
    enable_sign_language_interpretation_by_default: b(),
    languages: list(
      e([
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
      ]),
    ),
    custom_languages: strings(),
  }),
  live_streaming_facebook: b(),
  live_streaming_youtube: b(),
  manual_captioning: ManualCaptioning,
  meeting_polling: obj({
    advanced_polls: b(),
    allow_alternative_host_to_add_edit: b(),
    manage_saved_polls_and_quizzes: b(),
    allow_host_to_upload_image: b(),
    require_answers_to_be_anonymous: b(),
    enable: b(),
  }),
  meeting_reactions: b(),
  meeting_reactions_emojis: o(e(['all', 'selected'])),
  allow_host_panelists_to_use_audible_clap: b(),
  webinar_reactions: b(),
  meeting_survey: b(),
  original_audio: b(),
  p2p_connetion: b(),
  p2p_ports: b(),
  polling: b(),
  ports_range: s(),
  post_meeting_feedback: b(),
  private_chat: b(),
  record_play_own_voice: b(),
  remote_control: b(),
  non_verbal_feedback: b(),
  remote_support: b(),
  request_permission_to_unmute_participants: b(),
  screen_sharing: b(),
  sending_default_email_invites: b(),
  show_a_join_from_your_browser_link: b(),
  show_meeting_control_toolbar: b(),
  slide_control: b(),
  stereo_audio: b(),
  unchecked_data_center_regions: list(e(['EU', 'HK', 'AU', 'IN', 'TY', 'CN', 'US', 'CA', 'DE', 'NL', 'LA'])),
  use_html_format_email: b(),
  virtual_background: b(),
  virtual_background_settings: obj({
    allow_upload_custom: b(),
    allow_videos: b(),
    enable: b(),
    files: list(
      Type.Object({
        id: s(),
        is_default: b(),
        name: s(),
        size: i(),
        type: s(),
      }),
    ),
  }),
  watermark: b(),
  webinar_chat: obj({
    allow_attendees_chat_with: o(e([1, 2, 3])),
    allow_auto_save_local_chat_file: b(),
    allow_panelists_chat_with: o(e([1, 2])),
    allow_panelists_send_direct_message: b(),
    allow_users_save_chats: o(e([0, 1, 2])),
    allow_users_to_delete_messages_in_meeting_chat: b(),
    default_attendees_chat_with: o(e([1, 2])),
    enable: b(),
  }),
  webinar_live_streaming: obj({
    custom_service_instructions: s(),
    enable: b(),
    live_streaming_reminder: b(),
    live_streaming_service: list(e(['facebook', 'workplace_by_facebook', 'youtube', 'custom_live_streaming_service'])),
  }),
  webinar_polling: obj({
    advanced_polls: b(),
    allow_alternative_host_to_add_edit: b(),
    require_answers_to_be_anonymous: b(),
    manage_saved_polls_and_quizzes: b(),
    allow_host_to_upload_image: b(),
    enable: b(),
  }),
  webinar_question_answer: b(),
  webinar_survey: b(),
  whiteboard: b(),
  who_can_share_screen: o(e(['host', 'all'])),
  who_can_share_screen_when_someone_is_sharing: o(e(['host', 'all'])),
  participants_share_simultaneously: o(e(['multiple', 'one'])),
  workplace_by_facebook: b(),
  transfer_meetings_between_devices: b(),
  meeting_summary_with_ai_companion: obj({
    enable: b(),
    auto_enable: b(),
    who_will_receive_summary: o(e([1, 2, 3, 4])),
  }),
  ai_companion_questions: obj({
    enable: b(),
    auto_enable: b(),
    who_can_ask_questions: o(e([1, 2, 3, 4, 5])),
  }),
})

const Integration = Type.Object({
  box: b(),
  dropbox: b(),
  google_calendar: b(),
  google_drive: b(),
  kubi: b(),
  microsoft_one_drive: b(),
})

const OtherOptions = Type.Object({
  allow_auto_active_users: b(),
  allow_users_contact_support_via_chat: b(),
  allow_users_enter_and_share_pronouns: b(),
  blur_snapshot: b(),
  display_meetings_scheduled_for_others: b(),
  meeting_qos_and_mos: o(e([0, 1, 2, 3])),
  show_one_user_meeting_on_dashboard: b(),
  use_cdn: o(e(['none', 'default', 'wangsu'])),
  webinar_registration_options: obj({
    allow_host_to_enable_join_info: b(),
    allow_host_to_enable_social_share_buttons: b(),
    enable_custom_questions: b(),
  }),
  email_in_attendee_report_for_meeting: b(),
})

const Profile = Type.Object({
  recording_storage_location: obj({
    allowed_values: strings(),
    value: s(),
  }),
})

const Recording = Type.Object({
  account_user_access_recording: b(),
  allow_recovery_deleted_cloud_recordings: b(),
  archive: obj({
    enable: b(),
    settings: obj({
      audio_file: b(),
      cc_transcript_file: b(),
      chat_file: b(),
      chat_with_sender_email: b(),
      video_file: b(),
      chat_with_direct_message: b(),
      archive_retention: o(
        e([
          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        ]),
      ),
      action_when_archive_failed: o(e([1, 2])),
      notification_when_archiving_starts: o(e(['participants', 'guest'])),
      play_voice_prompt_when_archiving_starts: o(e(['participants', 'guest', 'none'])),
    }),
    type: o(e([1, 2, 3])),
  }),
  auto_delete_cmr: b(),
  auto_delete_cmr_days: o(e([30, 60, 90, 120])),
  auto_recording: o(e(['local', 'cloud', 'none'])),
  cloud_recording: b(),
  cloud_recording_download: b(),
  cloud_recording_download_host: b(),
  display_participant_name: b(),
  host_delete_cloud_recording: b(),
  ip_address_access_control: obj({
    enable: b(),
    ip_addresses_or_ranges: s(),
  }),
  local_recording: b(),
  optimize_recording_for_3rd_party_video_editor: b(),
  prevent_host_access_recording: b(),
  record_audio_file: b(),
  record_audio_file_each_participant: b(),
  record_files_separately: obj({
    active_speaker: b(),
    gallery_view: b(),
    shared_screen: b(),
  }),
  record_gallery_view: b(),
  record_speaker_view: b(),
  recording_audio_transcript: b(),
  recording_disclaimer: b(),
  recording_highlight: b(),
  smart_recording: obj({
    create_recording_highlights: b(),
    create_smart_chapters: b(),
    create_next_steps: b(),
  }),
  recording_password_requirement: obj({
    have_letter: b(),
    have_number: b(),
    have_special_character: b(),
    length: i({ maximum: 10 }),
    only_allow_numeric: b(),
  }),
  recording_thumbnails: b(),
  required_password_for_existing_cloud_recordings: b(),
  required_password_for_shared_cloud_recordings: b(),
  save_chat_text: b(),
  save_close_caption: b(),
  save_panelist_chat: b(),
  save_poll_results: b(),
  show_timestamp: b(),
})

const ScheduleMeeting = Type.Object({
  audio_type: o(e(['both', 'telephony', 'voip', 'thirdParty'])),
  enforce_login: b(),
  enforce_login_domains: s(),
  enforce_login_with_domains: b(),
  force_pmi_jbh_password: b(),
  host_video: b(),
  enable_dedicated_group_chat: b(),
  jbh_time: o(e([0, 5, 10, 15])),
  join_before_host: b(),
  meeting_password_requirement: MeetingPasswordRequirement,
  not_store_meeting_topic: b(),
  participant_video: b(),
  allow_host_to_disable_participant_video: b(),
  personal_meeting: b(),
  require_password_for_instant_meetings: b(),
  require_password_for_pmi_meetings: o(e(['jbh_only', 'all', 'none'])),
  require_password_for_scheduled_meetings: b(),
  require_password_for_scheduling_new_meetings: b(),
  use_pmi_for_instant_meetings: b(),
  use_pmi_for_scheduled_meetings: b(),
  always_display_zoom_meeting_as_topic: obj({
    enable: b(),
    display_topic_for_scheduled_meetings: b(),
  }),
  hide_meeting_description: obj({
    enable: b(),
    hide_description_for_scheduled_meetings: b(),
  }),
  always_display_zoom_webinar_as_topic: obj({
    enable: b(),
    display_topic_for_scheduled_webinars: b(),
  }),
  hide_webinar_description: obj({
    enable: b(),
    hide_description_for_scheduled_webinars: b(),
  }),
  meeting_template: obj({
    enable: b(),
    templates: list(
      Type.Object({
        id: s(),
        name: s(),
        enable: b(),
      }),
    ),
  }),
  continuous_meeting_chat: obj({
    enable: b(),
    can_add_external_users: b(),
    auto_add_invited_external_users: b(),
  }),
})

const Telephony = Type.Object({
  audio_conference_info: s(),
  telephony_regions: obj({
    allowed_values: strings(),
    selection_values: s(),
  }),
  third_party_audio: b(),
})

const Tsp = Type.Object({
  call_out: b(),
  call_out_countries: strings(),
  display_toll_free_numbers: b(),
  show_international_numbers_link: b(),
})

const ZoomRooms = Type.Object({
  auto_start_stop_scheduled_meetings: b(),
  cmr_for_instant_meeting: b(),
  force_private_meeting: b(),
  hide_host_information: b(),
  list_meetings_with_calendar: b(),
  start_airplay_manually: b(),
  ultrasonic: b(),
  upcoming_meeting_alert: b(),
  weekly_system_restart: b(),
  zr_post_meeting_feedback: b(),
})

const MeetingSecurity = Type.Object({
  auto_security: b(),
  block_user_domain: b(),
  block_user_domain_list: strings(),
  chat_etiquette_tool: obj({
    enable: b(),
    policies: list(EtiquettePolicy),
    policy_max_count: i(),
  }),
  embed_password_in_join_link: b(),
  encryption_type: o(e(['enhanced_encryption', 'e2ee'])),
  end_to_end_encrypted_meetings: b(),
  meeting_password: b(),
  meeting_password_requirement: MeetingPasswordRequirement,
  only_authenticated_can_join_from_webclient: b(),
  phone_password: b(),
  pmi_password: b(),
  require_password_for_scheduled_meeting: b(),
  require_password_for_scheduled_webinar: b(),
  waiting_room: b(),
  waiting_room_settings: obj({
    participants_to_place_in_waiting_room: o(e([0, 1, 2])),
    users_who_can_admit_participants_from_waiting_room: o(e([0, 1])),
    whitelisted_domains_for_waiting_room: s(),
  }),
  webinar_password: b(),
  waiting_room_options: obj({
    enable: b(),
    locked: b(),
    admit_type: o(e([1, 2, 3, 4])),
    internal_user_auto_admit: o(e([1, 2, 3, 4, 5])),
    admit_domain_allowlist: s(),
    who_can_admit_participants: o(e([0, 1])),
    sort_order_of_people: o(e([0, 1])),
    more_options: obj({
      user_invited_by_host_can_bypass_waiting_room: b(),
      move_participants_to_waiting_room_when_host_dropped: b(),
      allow_participants_to_reply_to_host: b(),
    }),
  }),
})

const AuthenticationOption = Type.Object({
  default_option: b(),
  domains: s(),
  id: s(),
  name: s(),
  type: o(e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'])),
  visible: b(),
})

/** The sections of the settings document, in Zoom's order. */
export const SETTINGS_SECTIONS = [
  'security',
  'audio_conferencing',
  'chat',
  'email_notification',
  'feature',
  'in_meeting',
  'integration',
  'other_options',
  'profile',
  'recording',
  'schedule_meeting',
  'telephony',
  'tsp',
  'zoom_rooms',
] as const

const sections = {
  security: o(Security),
  audio_conferencing: o(AudioConferencing),
  chat: o(Chat),
  email_notification: o(EmailNotification),
  feature: o(Feature),
  in_meeting: o(InMeeting),
  integration: o(Integration),
  other_options: o(OtherOptions),
  profile: o(Profile),
  recording: o(Recording),
  schedule_meeting: o(ScheduleMeeting),
  telephony: o(Telephony),
  tsp: o(Tsp),
  zoom_rooms: o(ZoomRooms),
}

export const OPTIONS = ['meeting_authentication', 'recording_authentication', 'security', 'meeting_security'] as const

export const AccountSettingsQuery = Type.Object({
  option: o(e(OPTIONS)),
  custom_query_fields: s(),
})

export const AccountSettingsUpdateQuery = Type.Object({ option: o(e(OPTIONS)) })

/**
 * GET /accounts/{accountId}/settings: the whole document, or one option's view (authentication profiles, the
 * security section's fields at the top level, or meeting_security).
 */
export const AccountSettingsResponse = Type.Object({
  ...sections,
  ...Security.properties,
  meeting_security: o(MeetingSecurity),
  allow_authentication_exception: b(),
  authentication_options: list(AuthenticationOption),
  meeting_authentication: b(),
  recording_authentication: b(),
})

/** PATCH /accounts/{accountId}/settings: any sections; with an authentication option, one profile change. */
export const AccountSettingsUpdateBody = Type.Object({
  ...sections,
  meeting_security: o(MeetingSecurity),
  allow_authentication_exception: b(),
  meeting_authentication: b(),
  recording_authentication: b(),
  authentication_option: obj({
    action: o(e(['add', 'update', 'delete'])),
    default_option: b(),
    domains: s(),
    id: s(),
    name: s({ maxLength: 64 }),
    type: o(e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'])),
  }),
})

/** Locked settings: per setting, whether the account locks it for its groups and users. */
export const LockSettings = Type.Object({
  audio_conferencing: obj({
    toll_free_and_fee_based_toll_call: b(),
  }),
  chat: obj({
    share_files: b(),
    chat_emojis: b(),
    record_voice_messages: b(),
    record_video_messages: b(),
    screen_capture: b(),
    share_links_in_chat: b(),
    schedule_meetings_in_chat: b(),
    set_retention_period_in_cloud: b(),
    set_retention_period_in_local: b(),
    allow_users_to_add_contacts: b(),
    allow_users_to_chat_with_others: b(),
    chat_etiquette_tool: b(),
    send_data_to_third_party_archiving_service: b(),
    translate_messages: b(),
    search_and_send_animated_gif_images: b(),
    shared_spaces: b(),
    allow_create_channels_and_group_chats: b(),
    allow_huddles_from_channels: b(),
    download_file: b(),
    share_screen_in_chat: b(),
    chat_email_address: b(),
    read_receipts: b(),
    allow_delete_message: b(),
    allow_edit_message: b(),
    presence_on_meeting: b(),
    presence_away_when_screen_saver: b(),
    ai_summary: b(),
    ai_compose: b(),
    ai_recommend: b(),
    ai_reply: b(),
    ai_sentence_completion: b(),
    ai_quick_schedule: b(),
    survey_poll: b(),
  }),
  email_notification: obj({
    alternative_host_reminder: b(),
    cancel_meeting_reminder: b(),
    cloud_recording_available_reminder: b(),
    jbh_reminder: b(),
    schedule_for_reminder: b(),
  }),
  in_meeting: obj({
    alert_guest_join: b(),
    allow_users_to_delete_messages_in_meeting_chat: b(),
    allow_live_streaming: b(),
    allow_show_zoom_windows: b(),
    annotation: b(),
    anonymous_question_answer: b(),
    attendee_on_hold: b(),
    attention_mode_focus_mode: b(),
    auto_answer: b(),
    auto_generated_captions: b(),
    auto_saving_chat: b(),
    breakout_room: b(),
    chat: b(),
    meeting_question_answer: b(),
    closed_caption: b(),
    co_host: b(),
    custom_data_center_regions: b(),
    disable_screen_sharing_for_host_meetings: b(),
    disable_screen_sharing_for_in_meeting_guests: b(),
    dscp_marking: b(),
    e2e_encryption: b(),
    entry_exit_chime: s(),
    far_end_camera_control: b(),
    feedback: b(),
    file_transfer: b(),
    full_transcript: b(),
    group_hd: b(),
    webinar_group_hd: b(),
    language_interpretation: b(),
    sign_language_interpretation: b(),
    manual_captions: b(),
    meeting_reactions: b(),
    webinar_reactions: b(),
    meeting_survey: b(),
    original_audio: b(),
    polling: b(),
    post_meeting_feedback: b(),
    private_chat: b(),
    remote_control: b(),
    non_verbal_feedback: b(),
    remote_support: b(),
    request_permission_to_unmute_participants: b(),
    save_caption: b(),
    save_captions: b(),
    screen_sharing: b(),
    sending_default_email_invites: b(),
    show_meeting_control_toolbar: b(),
    slide_control: b(),
    stereo_audio: b(),
    use_html_format_email: b(),
    virtual_background: b(),
    webinar_chat: b(),
    webinar_live_streaming: b(),
    webinar_polling: b(),
    webinar_question_answer: b(),
    webinar_survey: b(),
    whiteboard: b(),
  }),
  other_options: obj({
    blur_snapshot: b(),
    webinar_registration_options: b(),
  }),
  recording: obj({
    account_user_access_recording: b(),
    auto_delete_cmr: b(),
    auto_recording: b(),
    cloud_recording: b(),
    cloud_recording_download: b(),
    host_delete_cloud_recording: b(),
    ip_address_access_control: b(),
    local_recording: b(),
    prevent_host_access_recording: b(),
    recording_authentication: b(),
    archive: b(),
  }),
  schedule_meeting: obj({
    audio_type: b(),
    embed_password_in_join_link: b(),
    enforce_login: b(),
    enforce_login_domains: s(),
    enforce_login_with_domains: b(),
    host_video: b(),
    join_before_host: b(),
    meeting_authentication: b(),
    not_store_meeting_topic: b(),
    always_display_zoom_webinar_as_topic: b(),
    participant_video: b(),
    require_password_for_instant_meetings: b(),
    require_password_for_pmi_meetings: b(),
    require_password_for_scheduling_new_meetings: b(),
    use_pmi_for_instant_meetings: b(),
    use_pmi_for_scheduled_meetings: b(),
    personal_meeting: b(),
    continuous_meeting_chat: b(),
  }),
  telephony: obj({
    telephony_regions: b(),
    third_party_audio: b(),
  }),
  tsp: obj({
    call_out: b(),
    show_international_numbers_link: b(),
  }),
  meeting_security: obj({
    approved_or_denied_countries_or_regions: b(),
    auto_security: b(),
    block_user_domain: b(),
    chat_etiquette_tool: b(),
    embed_password_in_join_link: b(),
    // Locked or not; the update form of rivet's types also names the encryption type here.
    encryption_type: o(Type.Union([Type.Boolean(), e(['enhanced_encryption', 'e2ee'])])),
    end_to_end_encrypted_meetings: b(),
    meeting_password: b(),
    only_authenticated_can_join_from_webclient: b(),
    phone_password: b(),
    pmi_password: b(),
    waiting_room: b(),
    webinar_password: b(),
  }),
})

export const LockSettingsQuery = Type.Object({
  option: o(e(['meeting_security'])),
  custom_query_fields: s(),
})
