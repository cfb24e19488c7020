import { Type } from 'typebox'

// The account settings document, its locked settings and the webinar registration settings. Shapes follow
// @zoom/rivet's Accounts types (newer than the 2022 document, which lacks chat and many in_meeting fields);
// constraints from the 2022 document. Every property is optional: these schemas also whitelist responses.

const o = Type.Optional
const e = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] })
const n = <T extends number>(values: readonly T[]) => Type.Unsafe<T>({ type: 'integer', enum: [...values] })

const Security = Type.Object({
  admin_change_name_pic: o(Type.Boolean()),
  admin_change_user_info: o(Type.Boolean()),
  user_modifiable_info_by_admin: o(Type.Array(e(['name', 'profile_picture', 'sign_in_email', 'host_key']))),
  signin_with_sso: o(
    Type.Object({
      enable: o(Type.Boolean()),
      require_sso_for_domains: o(Type.Boolean()),
      domains: o(Type.Array(Type.String())),
      sso_bypass_users: o(
        Type.Array(
          Type.Object({
            id: o(Type.String()),
            email: o(Type.String()),
          }),
        ),
      ),
    }),
  ),
  hide_billing_info: o(Type.Boolean()),
  import_photos_from_devices: o(Type.Boolean()),
  password_requirement: o(
    Type.Object({
      consecutive_characters_length: o(n([0, 4, 5, 6, 7, 8])),
      have_special_character: o(Type.Boolean()),
      minimum_password_length: o(Type.Integer({ minimum: 8, maximum: 14 })),
      weak_enhance_detection: o(Type.Boolean()),
    }),
  ),
  sign_again_period_for_inactivity_on_client: o(n([0, 5, 10, 15, 30, 45, 60, 90, 120])),
  sign_again_period_for_inactivity_on_web: o(n([0, 5, 10, 15, 30, 60, 120])),
  sign_in_with_two_factor_auth: o(e(['all', 'group', 'role', 'none'])),
  sign_in_with_two_factor_auth_groups: o(Type.Array(Type.String())),
  sign_in_with_two_factor_auth_roles: o(Type.Array(Type.String())),
})

const AudioConferencing = Type.Object({
  toll_free_and_fee_based_toll_call: o(
    Type.Object({
      allow_webinar_attendees_dial: o(Type.Boolean()),
      enable: o(Type.Boolean()),
      numbers: o(
        Type.Array(
          Type.Object({
            code: o(Type.String()),
            country_code: o(Type.String()),
            country_name: o(Type.String()),
            display_number: o(Type.String({ maxLength: 30 })),
            number: o(Type.String({ maxLength: 30 })),
          }),
        ),
      ),
    }),
  ),
})

const Chat = Type.Object({
  allow_bots_chat: o(Type.Boolean()),
  share_files: o(
    Type.Object({
      enable: o(Type.Boolean()),
      share_option: o(e(['disable', 'anyone', 'account', 'organization'])),
      view_option: o(e(['anyone', 'account', 'organization'])),
      restrictions: o(
        Type.Object({
          only_allow_specific_file_types: o(Type.Boolean()),
          file_type_restrictions: o(
            Type.Array(
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
          ),
          file_type_restrictions_for_external: o(
            Type.Array(
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
          ),
          maximum_file_size: o(Type.Boolean()),
          file_size_restrictions: o(n([50, 100, 200, 300, 400, 500])),
          file_size_restrictions_for_external: o(n([50, 100, 200, 300, 400, 500])),
          file_restrictions_apply_to: o(e(['sharing_and_viewing', 'sharing'])),
        }),
      ),
    }),
  ),
  chat_emojis: o(
    Type.Object({
      enable: o(Type.Boolean()),
      emojis_option: o(e(['all', 'selected'])),
    }),
  ),
  record_voice_messages: o(Type.Boolean()),
  record_video_messages: o(Type.Boolean()),
  screen_capture: o(Type.Boolean()),
  create_public_channels: o(Type.Boolean()),
  create_private_channels: o(Type.Boolean()),
  create_group_chat: o(Type.Boolean()),
  share_links_in_chat: o(Type.Boolean()),
  schedule_meetings_in_chat: o(Type.Boolean()),
  set_retention_period_in_cloud: o(
    Type.Object({
      enable: o(Type.Boolean()),
      retention_period_of_direct_messages_and_group_conversation: o(Type.String()),
      retention_period_of_channels: o(Type.String()),
    }),
  ),
  set_retention_period_in_local: o(
    Type.Object({
      enable: o(Type.Boolean()),
      retention_period_of_direct_messages_and_group_conversation: o(Type.String()),
      retention_period_of_channels: o(Type.String()),
    }),
  ),
  allow_users_to_add_contacts: o(
    Type.Object({
      enable: o(Type.Boolean()),
      selected_option: o(n([1, 2, 3, 4])),
      user_email_addresses: o(Type.String()),
    }),
  ),
  allow_users_to_chat_with_others: o(
    Type.Object({
      enable: o(Type.Boolean()),
      selected_option: o(n([1, 2, 3, 4])),
      user_email_addresses: o(Type.String()),
    }),
  ),
  chat_etiquette_tool: o(
    Type.Object({
      enable: o(Type.Boolean()),
      policies: o(
        Type.Array(
          Type.Object({
            description: o(Type.String()),
            id: o(Type.String()),
            is_locked: o(Type.Boolean()),
            keywords: o(Type.Array(Type.String())),
            name: o(Type.String()),
            regular_expression: o(Type.String()),
            status: o(e(['activated', 'deactivated'])),
            trigger_action: o(n([1, 2])),
          }),
        ),
      ),
      policy_max_count: o(Type.Number()),
    }),
  ),
  send_data_to_third_party_archiving_service: o(
    Type.Object({
      enable: o(Type.Boolean()),
      type: o(e(['global_relay', 'smarsh'])),
      smtp_delivery_address: o(Type.String()),
      user_name: o(Type.String()),
      passcode: o(Type.String()),
      authorized_channel_token: o(Type.String()),
    }),
  ),
  apply_local_storage_to_personal_channel: o(
    Type.Object({
      enable: o(Type.Boolean()),
      retention_period: o(Type.String()),
    }),
  ),
  translate_messages: o(Type.Boolean()),
  search_and_send_animated_gif_images: o(
    Type.Object({
      enable: o(Type.Boolean()),
      giphy_content_rating: o(n([1, 2, 3, 4])),
    }),
  ),
  external_collab_restrict: o(
    Type.Object({
      enable: o(Type.Boolean()),
      external_chat: o(e(['allowed', 'not_allowed'])),
      group_id: o(Type.String()),
    }),
  ),
  external_user_control: o(
    Type.Object({
      enable: o(Type.Boolean()),
      selected_option: o(n([1, 2, 3])),
      external_account: o(Type.Boolean()),
    }),
  ),
  external_invite_approve: o(
    Type.Object({
      enable: o(Type.Boolean()),
      selected_option: o(n([1, 2])),
      channel_id: o(Type.String()),
      external_account: o(Type.Boolean()),
    }),
  ),
  external_member_join: o(
    Type.Object({
      enable: o(Type.Boolean()),
      external_account: o(Type.Boolean()),
    }),
  ),
  external_join_approve: o(
    Type.Object({
      enable: o(Type.Boolean()),
      selected_option: o(n([1, 2])),
      channel_id: o(Type.String()),
      external_account: o(Type.Boolean()),
    }),
  ),
  download_file: o(Type.Boolean()),
  share_screen_in_chat: o(Type.Boolean()),
  code_snippet: o(Type.Boolean()),
  personal_channel: o(Type.Boolean()),
  store_revise_chat: o(Type.Boolean()),
  set_chat_as_default_tab: o(Type.Boolean()),
  hyper_link: o(Type.Boolean()),
  suppress_removal_notification: o(Type.Boolean()),
  suppress_user_group_notification: o(Type.Boolean()),
  allow_remove_msg_by_owner_and_admins: o(Type.Boolean()),
  allow_huddles_from_channels: o(Type.Boolean()),
  shared_spaces: o(Type.Boolean()),
  chat_email_address: o(
    Type.Object({
      enable: o(Type.Boolean()),
      only_allow_specific_domains: o(Type.Boolean()),
      specific_domains: o(Type.Array(Type.String())),
    }),
  ),
  read_receipts: o(
    Type.Object({
      enable: o(Type.Boolean()),
      allow_users_opt_out: o(Type.Boolean()),
    }),
  ),
  allow_delete_message: o(
    Type.Object({
      enable: o(Type.Boolean()),
      time: o(n([0, 5, 30, 60, 1440, 10080])),
    }),
  ),
  allow_edit_message: o(
    Type.Object({
      enable: o(Type.Boolean()),
      time: o(n([0, 5, 30, 60, 1440, 10080])),
    }),
  ),
  show_status_to_internal_contact: o(Type.Boolean()),
  presence_on_meeting: o(Type.Boolean()),
  presence_away_when_screen_saver: o(Type.Boolean()),
  show_h323_contact_tab: o(Type.Boolean()),
  ai_summary: o(
    Type.Object({
      enable: o(Type.Boolean()),
      shown_in_team_chat: o(Type.Boolean()),
    }),
  ),
  ai_compose: o(
    Type.Object({
      enable: o(Type.Boolean()),
      shown_in_team_chat: o(Type.Boolean()),
    }),
  ),
  ai_recommend: o(Type.Boolean()),
  ai_quick_reply: o(Type.Boolean()),
  ai_sentence_completion: o(Type.Boolean()),
  ai_quick_schedule: o(Type.Boolean()),
  survey_poll: o(Type.Boolean()),
})

const EmailNotification = Type.Object({
  alternative_host_reminder: o(Type.Boolean()),
  cancel_meeting_reminder: o(Type.Boolean()),
  cloud_recording_available_reminder: o(Type.Boolean()),
  jbh_reminder: o(Type.Boolean()),
  low_host_count_reminder: o(Type.Boolean()),
  recording_available_reminder_alternative_hosts: o(Type.Boolean()),
  recording_available_reminder_schedulers: o(Type.Boolean()),
  schedule_for_reminder: o(Type.Boolean()),
})

const Feature = Type.Object({
  meeting_capacity: o(Type.Integer()),
})

const InMeeting = Type.Object({
  auto_generated_translation: o(
    Type.Object({
      language_item_pairList: o(
        Type.Object({
          trans_lang_config: o(
            Type.Array(
              Type.Object({
                speak_language: o(
                  Type.Object({
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
                ),
                translate_to: o(
                  Type.Object({
                    all: o(Type.Boolean()),
                    language_config: o(
                      Type.Array(
                        Type.Object({
                          name: o(e(['English'])),
                          code: o(e(['en'])),
                        }),
                      ),
                    ),
                  }),
                ),
              }),
            ),
          ),
          all: o(Type.Boolean()),
        }),
      ),
      enable: o(Type.Boolean()),
    }),
  ),
  alert_guest_join: o(Type.Boolean()),
  allow_host_to_enable_focus_mode: o(Type.Boolean()),
  allow_live_streaming: o(Type.Boolean()),
  allow_participants_chat_with: o(n([1, 2, 3, 4])),
  allow_participants_to_rename: o(Type.Boolean()),
  allow_show_zoom_windows: o(Type.Boolean()),
  allow_users_save_chats: o(n([1, 2, 3])),
  annotation: o(Type.Boolean()),
  anonymous_question_answer: o(Type.Boolean()),
  attendee_on_hold: o(Type.Boolean()),
  attention_mode_focus_mode: o(Type.Boolean()),
  auto_answer: o(Type.Boolean()),
  auto_saving_chat: o(Type.Boolean()),
  breakout_room: o(Type.Boolean()),
  breakout_room_schedule: o(Type.Boolean()),
  chat: o(Type.Boolean()),
  meeting_question_answer: o(Type.Boolean()),
  closed_caption: o(Type.Boolean()),
  closed_captioning: o(
    Type.Object({
      auto_transcribing: o(Type.Boolean()),
      enable: o(Type.Boolean()),
      save_caption: o(Type.Boolean()),
      third_party_captioning_service: o(Type.Boolean()),
      view_full_transcript: o(Type.Boolean()),
    }),
  ),
  co_host: o(Type.Boolean()),
  custom_data_center_regions: o(Type.Boolean()),
  custom_live_streaming_service: o(Type.Boolean()),
  custom_service_instructions: o(Type.String()),
  meeting_data_transit_and_residency_method: o(e(['cloud', 'On-Prem'])),
  data_center_regions: o(Type.Array(e(['AU', 'LA', 'CA', 'CN', 'DE', 'HK', 'IN', 'IE', 'TY', 'MX', 'NL', 'SG', 'US']))),
  disable_screen_sharing_for_host_meetings: o(Type.Boolean()),
  disable_screen_sharing_for_in_meeting_guests: o(Type.Boolean()),
  dscp_audio: o(Type.Integer({ minimum: 1, maximum: 63 })),
  dscp_marking: o(Type.Boolean()),
  dscp_video: o(Type.Integer({ minimum: 1, maximum: 63 })),
  dscp_dual: o(Type.Boolean()),
  e2e_encryption: o(Type.Boolean()),
  entry_exit_chime: o(e(['host', 'all', 'none'])),
  far_end_camera_control: o(Type.Boolean()),
  feedback: o(Type.Boolean()),
  file_transfer: o(Type.Boolean()),
  group_hd: o(Type.Boolean()),
  webinar_group_hd: o(Type.Boolean()),
  join_from_desktop: o(Type.Boolean()),
  join_from_mobile: o(Type.Boolean()),
  language_interpretation: o(
    Type.Object({
      custom_languages: o(Type.Array(Type.String())),
      enable: o(Type.Boolean()),
      enable_language_interpretation_by_default: o(Type.Boolean()),
      allow_participants_to_speak_in_listening_channel: o(Type.Boolean()),
      allow_up_to_25_custom_languages_when_scheduling_meetings: o(Type.Boolean()),
      languages: o(
        Type.Array(
          e(['English', 'Chinese', 'Japanese', 'German', 'French', 'Russian', 'Portuguese', 'Spanish', 'Korean']),
        ),
      ),
    }),
  ),
  sign_language_interpretation: o(
    Type.Object({
      enable: o(Type.Boolean()),
      enable_sign_language_interpretation_by_default: o(Type.Boolean()),
      languages: o(
        Type.Array(
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
      ),
      custom_languages: o(Type.Array(Type.String())),
    }),
  ),
  live_streaming_facebook: o(Type.Boolean()),
  live_streaming_youtube: o(Type.Boolean()),
  manual_captioning: o(
    Type.Object({
      allow_to_type: o(Type.Boolean()),
      auto_generated_captions: o(Type.Boolean()),
      full_transcript: o(Type.Boolean()),
      manual_captions: o(Type.Boolean()),
      save_captions: o(Type.Boolean()),
      third_party_captioning_service: o(Type.Boolean()),
    }),
  ),
  meeting_polling: o(
    Type.Object({
      advanced_polls: o(Type.Boolean()),
      allow_alternative_host_to_add_edit: o(Type.Boolean()),
      manage_saved_polls_and_quizzes: o(Type.Boolean()),
      allow_host_to_upload_image: o(Type.Boolean()),
      require_answers_to_be_anonymous: o(Type.Boolean()),
      enable: o(Type.Boolean()),
    }),
  ),
  meeting_reactions: o(Type.Boolean()),
  meeting_reactions_emojis: o(e(['all', 'selected'])),
  allow_host_panelists_to_use_audible_clap: o(Type.Boolean()),
  webinar_reactions: o(Type.Boolean()),
  meeting_survey: o(Type.Boolean()),
  original_audio: o(Type.Boolean()),
  p2p_connetion: o(Type.Boolean()),
  p2p_ports: o(Type.Boolean()),
  polling: o(Type.Boolean()),
  ports_range: o(Type.String()),
  post_meeting_feedback: o(Type.Boolean()),
  private_chat: o(Type.Boolean()),
  record_play_own_voice: o(Type.Boolean()),
  remote_control: o(Type.Boolean()),
  non_verbal_feedback: o(Type.Boolean()),
  remote_support: o(Type.Boolean()),
  request_permission_to_unmute_participants: o(Type.Boolean()),
  screen_sharing: o(Type.Boolean()),
  sending_default_email_invites: o(Type.Boolean()),
  show_a_join_from_your_browser_link: o(Type.Boolean()),
  show_meeting_control_toolbar: o(Type.Boolean()),
  slide_control: o(Type.Boolean()),
  stereo_audio: o(Type.Boolean()),
  unchecked_data_center_regions: o(Type.Array(e(['EU', 'HK', 'AU', 'IN', 'TY', 'CN', 'US', 'CA', 'DE', 'NL', 'LA']))),
  use_html_format_email: o(Type.Boolean()),
  virtual_background: o(Type.Boolean()),
  virtual_background_settings: o(
    Type.Object({
      allow_upload_custom: o(Type.Boolean()),
      allow_videos: o(Type.Boolean()),
      enable: o(Type.Boolean()),
      files: o(
        Type.Array(
          Type.Object({
            id: o(Type.String()),
            is_default: o(Type.Boolean()),
            name: o(Type.String()),
            size: o(Type.Integer()),
            type: o(Type.String()),
          }),
        ),
      ),
    }),
  ),
  watermark: o(Type.Boolean()),
  webinar_chat: o(
    Type.Object({
      allow_attendees_chat_with: o(n([1, 2, 3])),
      allow_auto_save_local_chat_file: o(Type.Boolean()),
      allow_panelists_chat_with: o(n([1, 2])),
      allow_panelists_send_direct_message: o(Type.Boolean()),
      allow_users_save_chats: o(n([0, 1, 2])),
      allow_users_to_delete_messages_in_meeting_chat: o(Type.Boolean()),
      default_attendees_chat_with: o(n([1, 2])),
      enable: o(Type.Boolean()),
    }),
  ),
  webinar_live_streaming: o(
    Type.Object({
      custom_service_instructions: o(Type.String()),
      enable: o(Type.Boolean()),
      live_streaming_reminder: o(Type.Boolean()),
      live_streaming_service: o(
        Type.Array(e(['facebook', 'workplace_by_facebook', 'youtube', 'custom_live_streaming_service'])),
      ),
    }),
  ),
  webinar_polling: o(
    Type.Object({
      advanced_polls: o(Type.Boolean()),
      allow_alternative_host_to_add_edit: o(Type.Boolean()),
      require_answers_to_be_anonymous: o(Type.Boolean()),
      manage_saved_polls_and_quizzes: o(Type.Boolean()),
      allow_host_to_upload_image: o(Type.Boolean()),
      enable: o(Type.Boolean()),
    }),
  ),
  webinar_question_answer: o(Type.Boolean()),
  webinar_survey: o(Type.Boolean()),
  whiteboard: o(Type.Boolean()),
  who_can_share_screen: o(e(['host', 'all'])),
  who_can_share_screen_when_someone_is_sharing: o(e(['host', 'all'])),
  participants_share_simultaneously: o(e(['multiple', 'one'])),
  workplace_by_facebook: o(Type.Boolean()),
  transfer_meetings_between_devices: o(Type.Boolean()),
  meeting_summary_with_ai_companion: o(
    Type.Object({
      enable: o(Type.Boolean()),
      auto_enable: o(Type.Boolean()),
      who_will_receive_summary: o(n([1, 2, 3, 4])),
    }),
  ),
  ai_companion_questions: o(
    Type.Object({
      enable: o(Type.Boolean()),
      auto_enable: o(Type.Boolean()),
      who_can_ask_questions: o(n([1, 2, 3, 4, 5])),
    }),
  ),
})

const Integration = Type.Object({
  box: o(Type.Boolean()),
  dropbox: o(Type.Boolean()),
  google_calendar: o(Type.Boolean()),
  google_drive: o(Type.Boolean()),
  kubi: o(Type.Boolean()),
  microsoft_one_drive: o(Type.Boolean()),
})

const OtherOptions = Type.Object({
  allow_auto_active_users: o(Type.Boolean()),
  allow_users_contact_support_via_chat: o(Type.Boolean()),
  allow_users_enter_and_share_pronouns: o(Type.Boolean()),
  blur_snapshot: o(Type.Boolean()),
  display_meetings_scheduled_for_others: o(Type.Boolean()),
  meeting_qos_and_mos: o(n([0, 1, 2, 3])),
  show_one_user_meeting_on_dashboard: o(Type.Boolean()),
  use_cdn: o(e(['none', 'default', 'wangsu'])),
  webinar_registration_options: o(
    Type.Object({
      allow_host_to_enable_join_info: o(Type.Boolean()),
      allow_host_to_enable_social_share_buttons: o(Type.Boolean()),
      enable_custom_questions: o(Type.Boolean()),
    }),
  ),
  email_in_attendee_report_for_meeting: o(Type.Boolean()),
})

const Profile = Type.Object({
  recording_storage_location: o(
    Type.Object({
      allowed_values: o(Type.Array(Type.String())),
      value: o(Type.String()),
    }),
  ),
})

const Recording = Type.Object({
  account_user_access_recording: o(Type.Boolean()),
  allow_recovery_deleted_cloud_recordings: o(Type.Boolean()),
  archive: o(
    Type.Object({
      enable: o(Type.Boolean()),
      settings: o(
        Type.Object({
          audio_file: o(Type.Boolean()),
          cc_transcript_file: o(Type.Boolean()),
          chat_file: o(Type.Boolean()),
          chat_with_sender_email: o(Type.Boolean()),
          video_file: o(Type.Boolean()),
          chat_with_direct_message: o(Type.Boolean()),
          archive_retention: o(
            n([
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
              30,
            ]),
          ),
          action_when_archive_failed: o(n([1, 2])),
          notification_when_archiving_starts: o(e(['participants', 'guest'])),
          play_voice_prompt_when_archiving_starts: o(e(['participants', 'guest', 'none'])),
        }),
      ),
      type: o(n([1, 2, 3])),
    }),
  ),
  auto_delete_cmr: o(Type.Boolean()),
  auto_delete_cmr_days: o(n([30, 60, 90, 120])),
  auto_recording: o(e(['local', 'cloud', 'none'])),
  cloud_recording: o(Type.Boolean()),
  cloud_recording_download: o(Type.Boolean()),
  cloud_recording_download_host: o(Type.Boolean()),
  display_participant_name: o(Type.Boolean()),
  host_delete_cloud_recording: o(Type.Boolean()),
  ip_address_access_control: o(
    Type.Object({
      enable: o(Type.Boolean()),
      ip_addresses_or_ranges: o(Type.String()),
    }),
  ),
  local_recording: o(Type.Boolean()),
  optimize_recording_for_3rd_party_video_editor: o(Type.Boolean()),
  prevent_host_access_recording: o(Type.Boolean()),
  record_audio_file: o(Type.Boolean()),
  record_audio_file_each_participant: o(Type.Boolean()),
  record_files_separately: o(
    Type.Object({
      active_speaker: o(Type.Boolean()),
      gallery_view: o(Type.Boolean()),
      shared_screen: o(Type.Boolean()),
    }),
  ),
  record_gallery_view: o(Type.Boolean()),
  record_speaker_view: o(Type.Boolean()),
  recording_audio_transcript: o(Type.Boolean()),
  recording_disclaimer: o(Type.Boolean()),
  recording_highlight: o(Type.Boolean()),
  smart_recording: o(
    Type.Object({
      create_recording_highlights: o(Type.Boolean()),
      create_smart_chapters: o(Type.Boolean()),
      create_next_steps: o(Type.Boolean()),
    }),
  ),
  recording_password_requirement: o(
    Type.Object({
      have_letter: o(Type.Boolean()),
      have_number: o(Type.Boolean()),
      have_special_character: o(Type.Boolean()),
      length: o(Type.Integer({ maximum: 10 })),
      only_allow_numeric: o(Type.Boolean()),
    }),
  ),
  recording_thumbnails: o(Type.Boolean()),
  required_password_for_existing_cloud_recordings: o(Type.Boolean()),
  required_password_for_shared_cloud_recordings: o(Type.Boolean()),
  save_chat_text: o(Type.Boolean()),
  save_close_caption: o(Type.Boolean()),
  save_panelist_chat: o(Type.Boolean()),
  save_poll_results: o(Type.Boolean()),
  show_timestamp: o(Type.Boolean()),
})

const ScheduleMeeting = Type.Object({
  audio_type: o(e(['both', 'telephony', 'voip', 'thirdParty'])),
  enforce_login: o(Type.Boolean()),
  enforce_login_domains: o(Type.String()),
  enforce_login_with_domains: o(Type.Boolean()),
  force_pmi_jbh_password: o(Type.Boolean()),
  host_video: o(Type.Boolean()),
  enable_dedicated_group_chat: o(Type.Boolean()),
  jbh_time: o(n([0, 5, 10, 15])),
  join_before_host: o(Type.Boolean()),
  meeting_password_requirement: o(
    Type.Object({
      consecutive_characters_length: o(n([0, 4, 5, 6, 7, 8])),
      have_letter: o(Type.Boolean()),
      have_number: o(Type.Boolean()),
      have_special_character: o(Type.Boolean()),
      have_upper_and_lower_characters: o(Type.Boolean()),
      length: o(Type.Integer()),
      only_allow_numeric: o(Type.Boolean()),
      weak_enhance_detection: o(Type.Boolean()),
    }),
  ),
  not_store_meeting_topic: o(Type.Boolean()),
  participant_video: o(Type.Boolean()),
  allow_host_to_disable_participant_video: o(Type.Boolean()),
  personal_meeting: o(Type.Boolean()),
  require_password_for_instant_meetings: o(Type.Boolean()),
  require_password_for_pmi_meetings: o(e(['jbh_only', 'all', 'none'])),
  require_password_for_scheduled_meetings: o(Type.Boolean()),
  require_password_for_scheduling_new_meetings: o(Type.Boolean()),
  use_pmi_for_instant_meetings: o(Type.Boolean()),
  use_pmi_for_scheduled_meetings: o(Type.Boolean()),
  always_display_zoom_meeting_as_topic: o(
    Type.Object({
      enable: o(Type.Boolean()),
      display_topic_for_scheduled_meetings: o(Type.Boolean()),
    }),
  ),
  hide_meeting_description: o(
    Type.Object({
      enable: o(Type.Boolean()),
      hide_description_for_scheduled_meetings: o(Type.Boolean()),
    }),
  ),
  always_display_zoom_webinar_as_topic: o(
    Type.Object({
      enable: o(Type.Boolean()),
      display_topic_for_scheduled_webinars: o(Type.Boolean()),
    }),
  ),
  hide_webinar_description: o(
    Type.Object({
      enable: o(Type.Boolean()),
      hide_description_for_scheduled_webinars: o(Type.Boolean()),
    }),
  ),
  meeting_template: o(
    Type.Object({
      enable: o(Type.Boolean()),
      templates: o(
        Type.Array(
          Type.Object({
            id: o(Type.String()),
            name: o(Type.String()),
            enable: o(Type.Boolean()),
          }),
        ),
      ),
    }),
  ),
  continuous_meeting_chat: o(
    Type.Object({
      enable: o(Type.Boolean()),
      can_add_external_users: o(Type.Boolean()),
      auto_add_invited_external_users: o(Type.Boolean()),
    }),
  ),
})

const Telephony = Type.Object({
  audio_conference_info: o(Type.String()),
  telephony_regions: o(
    Type.Object({
      allowed_values: o(Type.Array(Type.String())),
      selection_values: o(Type.String()),
    }),
  ),
  third_party_audio: o(Type.Boolean()),
})

const Tsp = Type.Object({
  call_out: o(Type.Boolean()),
  call_out_countries: o(Type.Array(Type.String())),
  display_toll_free_numbers: o(Type.Boolean()),
  show_international_numbers_link: o(Type.Boolean()),
})

const ZoomRooms = Type.Object({
  auto_start_stop_scheduled_meetings: o(Type.Boolean()),
  cmr_for_instant_meeting: o(Type.Boolean()),
  force_private_meeting: o(Type.Boolean()),
  hide_host_information: o(Type.Boolean()),
  list_meetings_with_calendar: o(Type.Boolean()),
  start_airplay_manually: o(Type.Boolean()),
  ultrasonic: o(Type.Boolean()),
  upcoming_meeting_alert: o(Type.Boolean()),
  weekly_system_restart: o(Type.Boolean()),
  zr_post_meeting_feedback: o(Type.Boolean()),
})

const MeetingSecurity = Type.Object({
  auto_security: o(Type.Boolean()),
  block_user_domain: o(Type.Boolean()),
  block_user_domain_list: o(Type.Array(Type.String())),
  chat_etiquette_tool: o(
    Type.Object({
      enable: o(Type.Boolean()),
      policies: o(
        Type.Array(
          Type.Object({
            description: o(Type.String()),
            id: o(Type.String()),
            is_locked: o(Type.Boolean()),
            keywords: o(Type.Array(Type.String())),
            name: o(Type.String()),
            regular_expression: o(Type.String()),
            status: o(e(['activated', 'deactivated'])),
            trigger_action: o(n([1, 2])),
          }),
        ),
      ),
      policy_max_count: o(Type.Integer()),
    }),
  ),
  embed_password_in_join_link: o(Type.Boolean()),
  encryption_type: o(e(['enhanced_encryption', 'e2ee'])),
  end_to_end_encrypted_meetings: o(Type.Boolean()),
  meeting_password: o(Type.Boolean()),
  meeting_password_requirement: o(
    Type.Object({
      consecutive_characters_length: o(n([0, 4, 5, 6, 7, 8])),
      have_letter: o(Type.Boolean()),
      have_number: o(Type.Boolean()),
      have_special_character: o(Type.Boolean()),
      have_upper_and_lower_characters: o(Type.Boolean()),
      length: o(Type.Integer()),
      only_allow_numeric: o(Type.Boolean()),
      weak_enhance_detection: o(Type.Boolean()),
    }),
  ),
  only_authenticated_can_join_from_webclient: o(Type.Boolean()),
  phone_password: o(Type.Boolean()),
  pmi_password: o(Type.Boolean()),
  require_password_for_scheduled_meeting: o(Type.Boolean()),
  require_password_for_scheduled_webinar: o(Type.Boolean()),
  waiting_room: o(Type.Boolean()),
  waiting_room_settings: o(
    Type.Object({
      participants_to_place_in_waiting_room: o(n([0, 1, 2])),
      users_who_can_admit_participants_from_waiting_room: o(n([0, 1])),
      whitelisted_domains_for_waiting_room: o(Type.String()),
    }),
  ),
  webinar_password: o(Type.Boolean()),
  waiting_room_options: o(
    Type.Object({
      enable: o(Type.Boolean()),
      locked: o(Type.Boolean()),
      admit_type: o(n([1, 2, 3, 4])),
      internal_user_auto_admit: o(n([1, 2, 3, 4, 5])),
      admit_domain_allowlist: o(Type.String()),
      who_can_admit_participants: o(n([0, 1])),
      sort_order_of_people: o(n([0, 1])),
      more_options: o(
        Type.Object({
          user_invited_by_host_can_bypass_waiting_room: o(Type.Boolean()),
          move_participants_to_waiting_room_when_host_dropped: o(Type.Boolean()),
          allow_participants_to_reply_to_host: o(Type.Boolean()),
        }),
      ),
    }),
  ),
})

const AuthenticationOption = Type.Object({
  default_option: o(Type.Boolean()),
  domains: o(Type.String()),
  id: o(Type.String()),
  name: o(Type.String()),
  type: o(e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'])),
  visible: o(Type.Boolean()),
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
  custom_query_fields: o(Type.String()),
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
  allow_authentication_exception: o(Type.Boolean()),
  authentication_options: o(Type.Array(AuthenticationOption)),
  meeting_authentication: o(Type.Boolean()),
  recording_authentication: o(Type.Boolean()),
})

/** PATCH /accounts/{accountId}/settings: any sections; with an authentication option, one profile change. */
export const AccountSettingsUpdateBody = Type.Object({
  ...sections,
  meeting_security: o(MeetingSecurity),
  allow_authentication_exception: o(Type.Boolean()),
  meeting_authentication: o(Type.Boolean()),
  recording_authentication: o(Type.Boolean()),
  authentication_option: o(
    Type.Object({
      action: o(e(['add', 'update', 'delete'])),
      default_option: o(Type.Boolean()),
      domains: o(Type.String()),
      id: o(Type.String()),
      name: o(Type.String({ maxLength: 64 })),
      type: o(e(['enforce_login', 'enforce_login_with_same_account', 'enforce_login_with_domains', 'internally'])),
    }),
  ),
})

/** Locked settings: per setting, whether the account locks it for its groups and users. */
export const LockSettings = Type.Object({
  audio_conferencing: o(
    Type.Object({
      toll_free_and_fee_based_toll_call: o(Type.Boolean()),
    }),
  ),
  chat: o(
    Type.Object({
      share_files: o(Type.Boolean()),
      chat_emojis: o(Type.Boolean()),
      record_voice_messages: o(Type.Boolean()),
      record_video_messages: o(Type.Boolean()),
      screen_capture: o(Type.Boolean()),
      share_links_in_chat: o(Type.Boolean()),
      schedule_meetings_in_chat: o(Type.Boolean()),
      set_retention_period_in_cloud: o(Type.Boolean()),
      set_retention_period_in_local: o(Type.Boolean()),
      allow_users_to_add_contacts: o(Type.Boolean()),
      allow_users_to_chat_with_others: o(Type.Boolean()),
      chat_etiquette_tool: o(Type.Boolean()),
      send_data_to_third_party_archiving_service: o(Type.Boolean()),
      translate_messages: o(Type.Boolean()),
      search_and_send_animated_gif_images: o(Type.Boolean()),
      shared_spaces: o(Type.Boolean()),
      allow_create_channels_and_group_chats: o(Type.Boolean()),
      allow_huddles_from_channels: o(Type.Boolean()),
      download_file: o(Type.Boolean()),
      share_screen_in_chat: o(Type.Boolean()),
      chat_email_address: o(Type.Boolean()),
      read_receipts: o(Type.Boolean()),
      allow_delete_message: o(Type.Boolean()),
      allow_edit_message: o(Type.Boolean()),
      presence_on_meeting: o(Type.Boolean()),
      presence_away_when_screen_saver: o(Type.Boolean()),
      ai_summary: o(Type.Boolean()),
      ai_compose: o(Type.Boolean()),
      ai_recommend: o(Type.Boolean()),
      ai_reply: o(Type.Boolean()),
      ai_sentence_completion: o(Type.Boolean()),
      ai_quick_schedule: o(Type.Boolean()),
      survey_poll: o(Type.Boolean()),
    }),
  ),
  email_notification: o(
    Type.Object({
      alternative_host_reminder: o(Type.Boolean()),
      cancel_meeting_reminder: o(Type.Boolean()),
      cloud_recording_available_reminder: o(Type.Boolean()),
      jbh_reminder: o(Type.Boolean()),
      schedule_for_reminder: o(Type.Boolean()),
    }),
  ),
  in_meeting: o(
    Type.Object({
      alert_guest_join: o(Type.Boolean()),
      allow_users_to_delete_messages_in_meeting_chat: o(Type.Boolean()),
      allow_live_streaming: o(Type.Boolean()),
      allow_show_zoom_windows: o(Type.Boolean()),
      annotation: o(Type.Boolean()),
      anonymous_question_answer: o(Type.Boolean()),
      attendee_on_hold: o(Type.Boolean()),
      attention_mode_focus_mode: o(Type.Boolean()),
      auto_answer: o(Type.Boolean()),
      auto_generated_captions: o(Type.Boolean()),
      auto_saving_chat: o(Type.Boolean()),
      breakout_room: o(Type.Boolean()),
      chat: o(Type.Boolean()),
      meeting_question_answer: o(Type.Boolean()),
      closed_caption: o(Type.Boolean()),
      co_host: o(Type.Boolean()),
      custom_data_center_regions: o(Type.Boolean()),
      disable_screen_sharing_for_host_meetings: o(Type.Boolean()),
      disable_screen_sharing_for_in_meeting_guests: o(Type.Boolean()),
      dscp_marking: o(Type.Boolean()),
      e2e_encryption: o(Type.Boolean()),
      entry_exit_chime: o(Type.String()),
      far_end_camera_control: o(Type.Boolean()),
      feedback: o(Type.Boolean()),
      file_transfer: o(Type.Boolean()),
      full_transcript: o(Type.Boolean()),
      group_hd: o(Type.Boolean()),
      webinar_group_hd: o(Type.Boolean()),
      language_interpretation: o(Type.Boolean()),
      sign_language_interpretation: o(Type.Boolean()),
      manual_captions: o(Type.Boolean()),
      meeting_reactions: o(Type.Boolean()),
      webinar_reactions: o(Type.Boolean()),
      meeting_survey: o(Type.Boolean()),
      original_audio: o(Type.Boolean()),
      polling: o(Type.Boolean()),
      post_meeting_feedback: o(Type.Boolean()),
      private_chat: o(Type.Boolean()),
      remote_control: o(Type.Boolean()),
      non_verbal_feedback: o(Type.Boolean()),
      remote_support: o(Type.Boolean()),
      request_permission_to_unmute_participants: o(Type.Boolean()),
      save_caption: o(Type.Boolean()),
      save_captions: o(Type.Boolean()),
      screen_sharing: o(Type.Boolean()),
      sending_default_email_invites: o(Type.Boolean()),
      show_meeting_control_toolbar: o(Type.Boolean()),
      slide_control: o(Type.Boolean()),
      stereo_audio: o(Type.Boolean()),
      use_html_format_email: o(Type.Boolean()),
      virtual_background: o(Type.Boolean()),
      webinar_chat: o(Type.Boolean()),
      webinar_live_streaming: o(Type.Boolean()),
      webinar_polling: o(Type.Boolean()),
      webinar_question_answer: o(Type.Boolean()),
      webinar_survey: o(Type.Boolean()),
      whiteboard: o(Type.Boolean()),
    }),
  ),
  other_options: o(
    Type.Object({
      blur_snapshot: o(Type.Boolean()),
      webinar_registration_options: o(Type.Boolean()),
    }),
  ),
  recording: o(
    Type.Object({
      account_user_access_recording: o(Type.Boolean()),
      auto_delete_cmr: o(Type.Boolean()),
      auto_recording: o(Type.Boolean()),
      cloud_recording: o(Type.Boolean()),
      cloud_recording_download: o(Type.Boolean()),
      host_delete_cloud_recording: o(Type.Boolean()),
      ip_address_access_control: o(Type.Boolean()),
      local_recording: o(Type.Boolean()),
      prevent_host_access_recording: o(Type.Boolean()),
      recording_authentication: o(Type.Boolean()),
      archive: o(Type.Boolean()),
    }),
  ),
  schedule_meeting: o(
    Type.Object({
      audio_type: o(Type.Boolean()),
      embed_password_in_join_link: o(Type.Boolean()),
      enforce_login: o(Type.Boolean()),
      enforce_login_domains: o(Type.String()),
      enforce_login_with_domains: o(Type.Boolean()),
      host_video: o(Type.Boolean()),
      join_before_host: o(Type.Boolean()),
      meeting_authentication: o(Type.Boolean()),
      not_store_meeting_topic: o(Type.Boolean()),
      always_display_zoom_webinar_as_topic: o(Type.Boolean()),
      participant_video: o(Type.Boolean()),
      require_password_for_instant_meetings: o(Type.Boolean()),
      require_password_for_pmi_meetings: o(Type.Boolean()),
      require_password_for_scheduling_new_meetings: o(Type.Boolean()),
      use_pmi_for_instant_meetings: o(Type.Boolean()),
      use_pmi_for_scheduled_meetings: o(Type.Boolean()),
      personal_meeting: o(Type.Boolean()),
      continuous_meeting_chat: o(Type.Boolean()),
    }),
  ),
  telephony: o(
    Type.Object({
      telephony_regions: o(Type.Boolean()),
      third_party_audio: o(Type.Boolean()),
    }),
  ),
  tsp: o(
    Type.Object({
      call_out: o(Type.Boolean()),
      show_international_numbers_link: o(Type.Boolean()),
    }),
  ),
  meeting_security: o(
    Type.Object({
      approved_or_denied_countries_or_regions: o(Type.Boolean()),
      auto_security: o(Type.Boolean()),
      block_user_domain: o(Type.Boolean()),
      chat_etiquette_tool: o(Type.Boolean()),
      embed_password_in_join_link: o(Type.Boolean()),
      // Locked or not; the update form of rivet's types also names the encryption type here.
      encryption_type: o(Type.Union([Type.Boolean(), e(['enhanced_encryption', 'e2ee'])])),
      end_to_end_encrypted_meetings: o(Type.Boolean()),
      meeting_password: o(Type.Boolean()),
      only_authenticated_can_join_from_webclient: o(Type.Boolean()),
      phone_password: o(Type.Boolean()),
      pmi_password: o(Type.Boolean()),
      waiting_room: o(Type.Boolean()),
      webinar_password: o(Type.Boolean()),
    }),
  ),
})

export const LockSettingsQuery = Type.Object({
  option: o(e(['meeting_security'])),
  custom_query_fields: o(Type.String()),
})
