import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, numberedPageHead, o, pageNumber, pageSize, s, strings } from '../kit.js'
import {
  DialInNumber,
  Interpreter,
  Occurrence,
  RecurrenceOut,
  scheduleFields,
  SignInterpreter,
  TrackingFieldOut,
  TrackingFieldsCreate,
  TrackingFieldsUpdate,
} from '../meetings/schemas.js'

// A webinar is scheduled like a meeting (recurrence, occurrences, tracking fields and passcodes are the meeting
// schemas'), with its own types (5, 6, 9) and settings: no join before host, waiting room or breakout rooms; panelist,
// Q&A, practice session and email notification settings instead. Request bodies carry no `default`s (a PATCH must
// not reset what it omits); list queries do, as Zoom documents them.

export const WebinarIdParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })

export const WebinarType = e([5, 6, 9] as const)

/** An email notification block: on or off, and which mail template (0–7) it uses. */
const EmailNotification = Type.Object({ enable: b(), type: o(e([0, 1, 2, 3, 4, 5, 6, 7] as const)) })

/** The settings a request may set (create and update share them). */
const webinarSettingsProperties = {
  allow_multiple_devices: b(),
  alternative_hosts: s(),
  alternative_host_update_polls: b(),
  approval_type: o(e([0, 1, 2] as const)),
  attendees_and_panelists_reminder_email_notification: o(EmailNotification),
  audio: o(e(['both', 'telephony', 'voip'] as const)),
  audio_conference_info: o(Type.String({ maxLength: 2048 })),
  authentication_domains: s(),
  authentication_option: s(),
  auto_recording: o(e(['local', 'cloud', 'none'] as const)),
  close_registration: b(),
  contact_email: s(),
  contact_name: s(),
  email_language: s(),
  enforce_login: b(),
  enforce_login_domains: s(),
  follow_up_absentees_email_notification: o(EmailNotification),
  follow_up_attendees_email_notification: o(EmailNotification),
  global_dial_in_countries: strings(),
  hd_video: b(),
  hd_video_for_attendees: b(),
  host_video: b(),
  language_interpretation: o(Type.Object({ enable: b(), interpreters: o(Type.Array(Interpreter)) })),
  sign_language_interpretation: o(Type.Object({ enable: b(), interpreters: o(Type.Array(SignInterpreter)) })),
  panelist_authentication: b(),
  meeting_authentication: b(),
  add_watermark: b(),
  add_audio_watermark: b(),
  on_demand: b(),
  panelists_invitation_email_notification: b(),
  panelists_video: b(),
  post_webinar_survey: b(),
  practice_session: b(),
  question_and_answer: o(
    Type.Object({
      enable: b(),
      allow_submit_questions: b(),
      allow_anonymous_questions: b(),
      answer_questions: o(e(['only', 'all'] as const)),
      attendees_can_comment: b(),
      attendees_can_upvote: b(),
      allow_auto_reply: b(),
      auto_reply_text: s(),
    }),
  ),
  registrants_confirmation_email: b(),
  registrants_email_notification: b(),
  registrants_restrict_number: o(Type.Integer({ minimum: 0, maximum: 20000 })),
  registration_type: o(e([1, 2, 3] as const)),
  send_1080p_video_to_attendees: b(),
  show_share_button: b(),
  survey_url: s(),
  enable_session_branding: b(),
  allow_host_control_participant_mute_state: b(),
  email_in_attendee_report: b(),
  // Whether registrants are mailed when the host changes the webinar; kept and shown as given.
  notify_registrants: b(),
}

export const WebinarSettingsInput = Type.Object(webinarSettingsProperties)

const WebinarSettingsOut = Type.Object({
  ...webinarSettingsProperties,
  authentication_name: s(),
  global_dial_in_numbers: o(Type.Array(DialInNumber)),
})

const webinarInput = { ...scheduleFields, settings: o(WebinarSettingsInput), type: o(WebinarType) }

export const CreateWebinarBody = Type.Object({
  ...webinarInput,
  default_passcode: b(),
  tracking_fields: TrackingFieldsCreate,
})
// An update may also name the authentication profile; a webinar that requires authentication shows the name of
// the profile it uses instead.
const WebinarSettingsUpdate = Type.Object({ ...webinarSettingsProperties, authentication_name: s() })

export const UpdateWebinarBody = Type.Object({
  ...webinarInput,
  settings: o(WebinarSettingsUpdate),
  tracking_fields: TrackingFieldsUpdate,
})

/** A webinar as Create and Get return it. */
export const WebinarOut = Type.Object({
  host_email: s(),
  host_id: s(),
  id: i(),
  uuid: s(),
  agenda: s(),
  created_at: s(),
  duration: i(),
  join_url: s(),
  occurrences: o(Type.Array(Occurrence)),
  password: s(),
  encrypted_passcode: s(),
  h323_passcode: s(),
  recurrence: o(RecurrenceOut),
  registrants_confirmation_email: b(),
  settings: o(WebinarSettingsOut),
  start_time: s(),
  start_url: s(),
  template_id: s(),
  timezone: s(),
  topic: s(),
  tracking_fields: o(Type.Array(TrackingFieldOut)),
  type: o(WebinarType),
  creation_source: o(e(['other', 'open_api', 'web_portal'] as const)),
})

export const GetWebinarQuery = Type.Object({ occurrence_id: s(), show_previous_occurrences: b() })
export const UpdateWebinarQuery = Type.Object({ occurrence_id: s() })
export const DeleteWebinarQuery = Type.Object({ occurrence_id: s(), cancel_webinar_reminder: b() })

export const ListWebinarsQuery = Type.Object({
  type: o(
    Type.Unsafe<'scheduled' | 'upcoming'>({ type: 'string', enum: ['scheduled', 'upcoming'], default: 'scheduled' }),
  ),
  page_size: pageSize(PAGING),
  page_number: pageNumber(),
  next_page_token: s(),
})

export const ListWebinarsResponse = Type.Object({
  ...numberedPageHead(),
  webinars: o(
    Type.Array(
      Type.Object({
        agenda: s(),
        created_at: s(),
        duration: i(),
        host_id: s(),
        id: i(),
        join_url: s(),
        start_time: s(),
        timezone: s(),
        topic: s(),
        type: o(WebinarType),
        uuid: s(),
      }),
    ),
  ),
})

export const WebinarStatusBody = Type.Object({ action: e(['end'] as const) })
