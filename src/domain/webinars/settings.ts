import type { Json } from '../../util/json.js'
import type { AccountSettings } from '../accounts/settings.js'
import type { MeetingType } from '../meetings/meeting.model.js'
import { sharedScheduleDefaults } from '../meetings/settings.js'

/** The settings one occurrence of a recurring webinar may change on its own. */
export const WEBINAR_OCCURRENCE_SETTINGS = ['host_video', 'panelists_video', 'hd_video', 'auto_recording'] as const

/**
 * A new webinar's settings before the request's own: Zoom's webinar defaults with the account's scheduling
 * defaults applied. Meeting-only settings (join before host, waiting room, breakout rooms) have no place here.
 */
export function defaultWebinarSettings(account: AccountSettings, type: MeetingType): Json {
  const s = account.schedule_meeting ?? {}
  const inMeeting = (account.in_meeting ?? {}) as Json
  return {
    ...sharedScheduleDefaults(account, type),
    panelists_video: false,
    practice_session: false,
    hd_video: false,
    hd_video_for_attendees: false,
    send_1080p_video_to_attendees: false,
    audio: s.audio_type === 'telephony' || s.audio_type === 'voip' ? s.audio_type : 'both',
    on_demand: false,
    registrants_restrict_number: 0,
    post_webinar_survey: false,
    survey_url: '',
    panelist_authentication: false,
    question_and_answer: {
      enable: inMeeting.webinar_question_answer !== false,
      allow_submit_questions: true,
      allow_anonymous_questions: true,
      answer_questions: 'all',
      attendees_can_comment: true,
      attendees_can_upvote: true,
    },
    attendees_and_panelists_reminder_email_notification: { enable: true, type: 0 },
    follow_up_attendees_email_notification: { enable: false, type: 0 },
    follow_up_absentees_email_notification: { enable: false, type: 0 },
    panelists_invitation_email_notification: true,
    enable_session_branding: false,
    email_language: 'en-US',
    add_watermark: false,
    add_audio_watermark: false,
    language_interpretation: { enable: false },
  }
}
