import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, numberedPageHead, o, pageNumber, pageSize, s, strings } from '../kit.js'

// Hand-written where Zoom's current API (the @zoom/rivet types) is newer than the 2022 document: more settings,
// jbh_time 15, audio `thirdParty`, uuid/host_id/status in the create response, list filters from/to/timezone.
// Request schemas carry no `default`s: validation fills defaults in, and a PATCH must not reset what it omits.

export const MeetingIdParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })
export const UserIdParams = Type.Object({ userId: Type.String({ minLength: 1 }) })

const RecurrenceType = e([1, 2, 3] as const)
const MonthlyWeek = e([-1, 1, 2, 3, 4] as const)
const WeekDay = e([1, 2, 3, 4, 5, 6, 7] as const)

export const RecurrenceInput = Type.Object({
  type: RecurrenceType,
  repeat_interval: i(),
  // Comma-separated days ("2,4"), so a pattern rather than the document's single-value enum.
  weekly_days: o(Type.String({ pattern: '^[1-7](,[1-7])*$' })),
  monthly_day: i(),
  monthly_week: o(MonthlyWeek),
  monthly_week_day: o(WeekDay),
  end_times: i(),
  end_date_time: s(),
})

export const RecurrenceOut = Type.Object({
  type: o(RecurrenceType),
  repeat_interval: i(),
  weekly_days: s(),
  monthly_day: i(),
  monthly_week: o(MonthlyWeek),
  monthly_week_day: o(WeekDay),
  end_times: i(),
  end_date_time: s(),
})

export const Occurrence = Type.Object({
  occurrence_id: s(),
  start_time: s(),
  duration: i(),
  status: o(e(['available', 'deleted'] as const)),
})

// The reference gives these emails the `email` format; a malformed one is a 300 field error rather than stored.
export const email = () => s({ format: 'email' })
export const Interpreter = Type.Object({ email: email(), languages: s(), interpreter_languages: s() })
export const SignInterpreter = Type.Object({ email: s(), sign_language: s() })
const Region = Type.Object({
  approved_list: strings(),
  denied_list: strings(),
  enable: b(),
  method: o(e(['approve', 'deny'] as const)),
})

/** The settings a request may set (create and update share them). */
const settingsProperties = {
  allow_multiple_devices: b(),
  alternative_hosts: s(),
  alternative_hosts_email_notification: b(),
  alternative_host_update_polls: b(),
  alternative_host_manage_meeting_summary: b(),
  alternative_host_manage_cloud_recording: b(),
  approval_type: o(e([0, 1, 2] as const)),
  approved_or_denied_countries_or_regions: o(Region),
  audio: o(e(['both', 'telephony', 'voip', 'thirdParty'] as const)),
  audio_conference_info: o(Type.String({ maxLength: 2048 })),
  authentication_domains: s(),
  authentication_exception: o(Type.Array(Type.Object({ email: email(), name: s(), join_url: s() }))),
  authentication_name: s(),
  authentication_option: s(),
  auto_recording: o(e(['local', 'cloud', 'none'] as const)),
  auto_add_recording_to_video_management: o(
    Type.Object({
      enable: Type.Boolean(),
      channels: o(Type.Array(Type.Object({ channel_id: Type.String(), name: s() }))),
    }),
  ),
  breakout_room: o(
    Type.Object({
      enable: b(),
      rooms: o(Type.Array(Type.Object({ name: s(), participants: strings() }))),
    }),
  ),
  calendar_type: o(e([1, 2] as const)),
  close_registration: b(),
  cn_meeting: b(),
  contact_email: s(),
  contact_name: s(),
  custom_keys: o(
    Type.Array(Type.Object({ key: o(Type.String({ maxLength: 64 })), value: o(Type.String({ maxLength: 256 })) }), {
      maxItems: 10,
    }),
  ),
  email_notification: b(),
  encryption_type: o(e(['enhanced_encryption', 'e2ee'] as const)),
  enforce_login: b(),
  enforce_login_domains: s(),
  focus_mode: b(),
  global_dial_in_countries: strings(),
  host_video: b(),
  in_meeting: b(),
  jbh_time: o(e([0, 5, 10, 15] as const)),
  join_before_host: b(),
  question_and_answer: o(
    Type.Object({
      enable: b(),
      allow_submit_questions: b(),
      allow_anonymous_questions: b(),
      question_visibility: o(e(['answered', 'all'] as const)),
      attendees_can_comment: b(),
      attendees_can_upvote: b(),
    }),
  ),
  language_interpretation: o(Type.Object({ enable: b(), interpreters: o(Type.Array(Interpreter)) })),
  sign_language_interpretation: o(Type.Object({ enable: b(), interpreters: o(Type.Array(SignInterpreter)) })),
  meeting_authentication: b(),
  meeting_invitees: o(Type.Array(Type.Object({ email: s() }))),
  mute_upon_entry: b(),
  participant_video: b(),
  private_meeting: b(),
  registrants_confirmation_email: b(),
  registrants_email_notification: b(),
  registration_type: o(e([1, 2, 3] as const)),
  show_share_button: b(),
  use_pmi: b(),
  waiting_room: b(),
  waiting_room_options: o(
    Type.Object({
      mode: e(['follow_setting', 'custom'] as const),
      who_goes_to_waiting_room: o(
        e([
          'everyone',
          'users_not_in_account',
          'users_not_in_account_or_whitelisted_domains',
          'users_not_on_invite',
        ] as const),
      ),
    }),
  ),
  watermark: b(),
  host_save_video_order: b(),
  internal_meeting: b(),
  continuous_meeting_chat: o(
    Type.Object({ enable: b(), auto_add_invited_external_users: b(), auto_add_meeting_participants: b() }),
  ),
  participant_focused_meeting: b(),
  push_change_to_calendar: b(),
  resources: o(
    Type.Array(
      Type.Object({
        resource_type: o(e(['whiteboard'] as const)),
        resource_id: s(),
        permission_level: o(e(['editor', 'commenter', 'viewer'] as const)),
      }),
    ),
  ),
  auto_start_meeting_summary: b(),
  who_will_receive_summary: o(e([1, 2, 3, 4] as const)),
  auto_start_ai_companion_questions: b(),
  who_can_ask_questions: o(e([1, 2, 3, 4, 5] as const)),
  summary_template_id: s(),
  device_testing: b(),
  allow_host_control_participant_mute_state: b(),
  disable_participant_video: b(),
  email_in_attendee_report: b(),
}

/** One number of `global_dial_in_numbers`, as Zoom fills it in from the chosen countries. */
export const DialInNumber = Type.Object({
  city: s(),
  country: s(),
  country_name: s(),
  number: s(),
  type: o(e(['toll', 'tollfree'] as const)),
})

export const MeetingSettingsInput = Type.Object({
  ...settingsProperties,
  additional_data_center_regions: strings(),
})

export const MeetingSettingsOut = Type.Object({
  ...settingsProperties,
  authentication_exception: o(Type.Array(Type.Object({ email: s(), name: s(), join_url: s() }))),
  continuous_meeting_chat: o(
    Type.Object({
      enable: b(),
      auto_add_invited_external_users: b(),
      auto_add_meeting_participants: b(),
      channel_id: s(),
    }),
  ),
  meeting_invitees: o(Type.Array(Type.Object({ email: s(), internal_user: b() }))),
  global_dial_in_numbers: o(Type.Array(DialInNumber)),
})

export const TrackingFieldIn = Type.Object({ field: Type.String(), value: s() })
export const TrackingFieldOut = Type.Object({ field: s(), value: s(), visible: b() })

export const MeetingType = e([1, 2, 3, 8] as const)

/** The scheduling fields every meeting-like kind's create and update bodies share; each adds its settings and type. */
export const scheduleFields = {
  agenda: o(Type.String({ maxLength: 2000 })),
  duration: o(Type.Integer({ minimum: 0 })),
  password: o(Type.String({ maxLength: 10 })),
  recurrence: o(RecurrenceInput),
  schedule_for: s(),
  start_time: s(),
  template_id: s(),
  timezone: s(),
  topic: o(Type.String({ maxLength: 200 })),
}
/** Tracking fields as create takes them (each names its field) and as update does (the name may be left out). */
export const TrackingFieldsCreate = o(Type.Array(TrackingFieldIn))
export const TrackingFieldsUpdate = o(Type.Array(Type.Object({ field: s(), value: s() })))

const meetingInput = {
  ...scheduleFields,
  pre_schedule: b(),
  settings: o(MeetingSettingsInput),
  type: o(MeetingType),
}

export const CreateMeetingBody = Type.Object({
  ...meetingInput,
  default_password: b(),
  tracking_fields: TrackingFieldsCreate,
})
export const UpdateMeetingBody = Type.Object({
  ...meetingInput,
  tracking_fields: TrackingFieldsUpdate,
})

/** A meeting as Create and Get return it. */
export const MeetingOut = Type.Object({
  assistant_id: s(),
  host_email: s(),
  host_id: s(),
  id: i(),
  uuid: s(),
  registration_url: s(),
  agenda: s(),
  created_at: s(),
  duration: i(),
  encrypted_password: s(),
  pstn_password: s(),
  h323_password: s(),
  join_url: s(),
  chat_join_url: s(),
  occurrences: o(Type.Array(Occurrence)),
  password: s(),
  pmi: s(),
  pre_schedule: b(),
  recurrence: o(RecurrenceOut),
  settings: o(MeetingSettingsOut),
  start_time: s(),
  start_url: s(),
  status: o(e(['waiting', 'started'] as const)),
  timezone: s(),
  topic: s(),
  tracking_fields: o(Type.Array(TrackingFieldOut)),
  type: o(e([1, 2, 3, 4, 8, 10] as const)),
  dynamic_host_key: s(),
  creation_source: o(e(['other', 'open_api', 'web_portal'] as const)),
})

export const GetMeetingQuery = Type.Object({ occurrence_id: s(), show_previous_occurrences: b() })
export const UpdateMeetingQuery = Type.Object({ occurrence_id: s() })

export const ListMeetingsQuery = Type.Object({
  type: o(
    Type.Unsafe<'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings'>({
      type: 'string',
      enum: ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'],
      default: 'scheduled',
    }),
  ),
  page_size: pageSize(PAGING),
  next_page_token: s(),
  page_number: pageNumber(),
  from: o(Type.String({ format: 'date' })),
  to: o(Type.String({ format: 'date' })),
  timezone: s(),
})

export const ListMeetingsResponse = Type.Object({
  ...numberedPageHead(),
  meetings: o(
    Type.Array(
      Type.Object({
        agenda: s(),
        created_at: s(),
        duration: i(),
        host_id: s(),
        id: i(),
        join_url: s(),
        pmi: s(),
        start_time: s(),
        timezone: s(),
        topic: s(),
        type: o(e([1, 2, 3, 8] as const)),
        uuid: s(),
      }),
    ),
  ),
})

export const MeetingStatusBody = Type.Object({ action: e(['end', 'recover'] as const) })

export const InviteLinksBody = Type.Object({
  attendees: o(
    Type.Array(
      Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }), disable_video: b(), disable_audio: b() }),
      { maxItems: 500 },
    ),
  ),
  ttl: o(Type.Integer({ minimum: 0, maximum: 7776000 })),
})

export const InviteLinksResponse = Type.Object({ attendees: o(Type.Array(Type.Object({ join_url: s(), name: s() }))) })

export const CreateTemplateBody = Type.Object({
  meeting_id: Type.Integer(),
  name: o(Type.String({ minLength: 1, maxLength: 64 })),
  save_recurrence: b(),
  overwrite: b(),
})

export const CreateTemplateResponse = Type.Object({ id: s(), name: s() })
