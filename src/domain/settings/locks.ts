import { deepMerge, isPlainObject, type Json } from '../../util/json.js'
import type { SchemaNode } from './fields.js'

// Which settings can be locked, and what a lock switch locks. A level's lock switches (its lock_settings) name
// settings as the lock API does; the settings they fix are named as the settings documents below the level name
// them.

/** The lock switches an account has: nothing is locked until an admin locks it. */
export const ACCOUNT_LOCK_SWITCHES = {
  audio_conferencing: {
    toll_free_and_fee_based_toll_call: false,
  },
  chat: {
    share_files: false,
    chat_emojis: false,
    record_voice_messages: false,
    record_video_messages: false,
    screen_capture: false,
    share_links_in_chat: false,
    schedule_meetings_in_chat: false,
    set_retention_period_in_cloud: false,
    set_retention_period_in_local: false,
    allow_users_to_add_contacts: false,
    allow_users_to_chat_with_others: false,
    chat_etiquette_tool: false,
    send_data_to_third_party_archiving_service: false,
    translate_messages: false,
    search_and_send_animated_gif_images: false,
    shared_spaces: false,
    allow_create_channels_and_group_chats: false,
    allow_huddles_from_channels: false,
    download_file: false,
    share_screen_in_chat: false,
    chat_email_address: false,
    read_receipts: false,
    allow_delete_message: false,
    allow_edit_message: false,
    presence_on_meeting: false,
    presence_away_when_screen_saver: false,
    ai_summary: false,
    ai_compose: false,
    ai_recommend: false,
    ai_reply: false,
    ai_sentence_completion: false,
    ai_quick_schedule: false,
    survey_poll: false,
  },
  email_notification: {
    alternative_host_reminder: false,
    cancel_meeting_reminder: false,
    cloud_recording_available_reminder: false,
    jbh_reminder: false,
    schedule_for_reminder: false,
  },
  in_meeting: {
    alert_guest_join: false,
    allow_users_to_delete_messages_in_meeting_chat: false,
    allow_live_streaming: false,
    allow_show_zoom_windows: false,
    annotation: false,
    anonymous_question_answer: false,
    attendee_on_hold: false,
    attention_mode_focus_mode: false,
    auto_answer: false,
    auto_generated_captions: false,
    auto_saving_chat: false,
    breakout_room: false,
    chat: false,
    meeting_question_answer: false,
    closed_caption: false,
    co_host: false,
    custom_data_center_regions: false,
    disable_screen_sharing_for_host_meetings: false,
    disable_screen_sharing_for_in_meeting_guests: false,
    dscp_marking: false,
    e2e_encryption: false,
    entry_exit_chime: '',
    far_end_camera_control: false,
    feedback: false,
    file_transfer: false,
    full_transcript: false,
    group_hd: false,
    webinar_group_hd: false,
    language_interpretation: false,
    sign_language_interpretation: false,
    manual_captions: false,
    meeting_reactions: false,
    webinar_reactions: false,
    meeting_survey: false,
    original_audio: false,
    polling: false,
    post_meeting_feedback: false,
    private_chat: false,
    remote_control: false,
    non_verbal_feedback: false,
    remote_support: false,
    request_permission_to_unmute_participants: false,
    save_caption: false,
    save_captions: false,
    screen_sharing: false,
    sending_default_email_invites: false,
    show_meeting_control_toolbar: false,
    slide_control: false,
    stereo_audio: false,
    use_html_format_email: false,
    virtual_background: false,
    webinar_chat: false,
    webinar_live_streaming: false,
    webinar_polling: false,
    webinar_question_answer: false,
    webinar_survey: false,
    whiteboard: false,
  },
  other_options: {
    blur_snapshot: false,
    webinar_registration_options: false,
  },
  recording: {
    account_user_access_recording: false,
    auto_delete_cmr: false,
    auto_recording: false,
    cloud_recording: false,
    cloud_recording_download: false,
    host_delete_cloud_recording: false,
    ip_address_access_control: false,
    local_recording: false,
    prevent_host_access_recording: false,
    recording_authentication: false,
    archive: false,
  },
  schedule_meeting: {
    audio_type: false,
    embed_password_in_join_link: false,
    enforce_login: false,
    enforce_login_domains: '',
    enforce_login_with_domains: false,
    host_video: false,
    join_before_host: false,
    meeting_authentication: false,
    not_store_meeting_topic: false,
    always_display_zoom_webinar_as_topic: false,
    participant_video: false,
    require_password_for_instant_meetings: false,
    require_password_for_pmi_meetings: false,
    require_password_for_scheduling_new_meetings: false,
    use_pmi_for_instant_meetings: false,
    use_pmi_for_scheduled_meetings: false,
    personal_meeting: false,
    continuous_meeting_chat: false,
  },
  telephony: {
    telephony_regions: false,
    third_party_audio: false,
  },
  tsp: {
    call_out: false,
    show_international_numbers_link: false,
  },
  meeting_security: {
    approved_or_denied_countries_or_regions: false,
    auto_security: false,
    block_user_domain: false,
    chat_etiquette_tool: false,
    embed_password_in_join_link: false,
    encryption_type: false,
    end_to_end_encrypted_meetings: false,
    meeting_password: false,
    only_authenticated_can_join_from_webclient: false,
    phone_password: false,
    pmi_password: false,
    waiting_room: false,
    webinar_password: false,
  },
}

/** Every boolean of a lock schema, unlocked: the lock switches a level shows when its schema says which it has. */
export function unlockedSwitches(schema: unknown): Json {
  const out: Json = {}
  for (const [key, prop] of Object.entries((schema as SchemaNode | undefined)?.properties ?? {})) {
    if (prop.type === 'boolean') out[key] = false
    else if (prop.type === 'object' && prop.properties) out[key] = unlockedSwitches(prop)
  }
  return out
}

/** A level's lock switches as its lock API shows them: every switch it has, with the ones it stored. */
export function lockSwitches(all: Json, stored: Json): Json {
  return deepMerge(structuredClone(all), stored)
}

/** A lock change: the switches it names take its values, the others keep theirs. */
export function changeLocks(stored: Json, change: Json): Json {
  return deepMerge(stored, change)
}

/** Where a lock switch's setting lives in the user settings document, where its name or place differs. */
const LOCK_TARGETS: Record<string, string[]> = {
  'schedule_meeting.participant_video': ['schedule_meeting.participants_video'],
  'schedule_meeting.meeting_authentication': ['meeting_authentication'],
  'recording.recording_authentication': ['recording_authentication'],
  'recording.ip_address_access_control.enable': ['recording.ip_address_access_control'],
  'in_meeting.auto_generated_captions': ['in_meeting.manual_captioning.auto_generated_captions'],
  'in_meeting.full_transcript': ['in_meeting.manual_captioning.full_transcript'],
  'in_meeting.manual_captions': ['in_meeting.manual_captioning.manual_captions'],
  'in_meeting.save_captions': ['in_meeting.manual_captioning.save_captions'],
  'in_meeting.save_caption': ['in_meeting.closed_captioning.save_caption'],
  'in_meeting.request_permission_to_unmute': ['in_meeting.request_permission_to_unmute_participants'],
  'meeting_security.waiting_room': ['in_meeting.waiting_room'],
  'meeting_security.embed_password_in_join_link': ['schedule_meeting.embed_password_in_join_link'],
  'meeting_security.meeting_password': [
    'schedule_meeting.require_password_for_scheduling_new_meetings',
    'schedule_meeting.require_password_for_instant_meetings',
  ],
  'meeting_security.pmi_password': ['schedule_meeting.require_password_for_pmi_meetings'],
  'meeting_security.phone_password': ['schedule_meeting.pstn_password_protected'],
}

/** The settings paths (user settings document names) a lock document locks. */
export function lockedPaths(locks: Json): string[] {
  const out: string[] = []
  const walk = (value: Json, prefix: string) => {
    for (const [key, v] of Object.entries(value)) {
      const path = prefix + key
      if (v === true) out.push(...(LOCK_TARGETS[path] ?? [path]))
      else if (isPlainObject(v)) walk(v, path + '.')
    }
  }
  walk(locks, '')
  return [...new Set(out)]
}
