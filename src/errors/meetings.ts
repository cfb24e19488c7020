import { ZoomError } from './zoom-error.js'

/** Meetings: scheduling, past meetings, in-meeting controls and the meeting simulator. */
export const meetingErrors = {
  meetingNotFound: (meetingId: string | number) => new ZoomError(404, 3001, `Meeting does not exist: ${meetingId}.`),
  cannotScheduleFor: (who: string, noun: 'meeting' | 'webinar' = 'meeting') =>
    new ZoomError(400, 3000, `You cannot schedule a ${noun} for ${who}.`),
  instantScheduleFor: () =>
    new ZoomError(
      400,
      3000,
      'Instant meetings do not support the schedule_for parameter; you cannot schedule an instant meeting for another user.',
    ),
  preScheduleType: () =>
    new ZoomError(
      400,
      3000,
      'Prescheduling is only available for scheduled meetings (type 2) and recurring meetings with no fixed time (type 3).',
    ),
  invalidOccurrence: () => new ZoomError(400, 3000, 'Invalid occurrence_id.'),
  meetingStartedNoUpdate: () =>
    new ZoomError(400, 3000, 'You cannot update or delete meetings that have started using this method.'),
  meetingInProgressNoDelete: () =>
    new ZoomError(400, 3002, 'Sorry, you cannot delete this meeting since it is in progress.'),
  notMeetingHost: () => new ZoomError(400, 3003, 'You are not the meeting host.'),
  pmiNoDelete: () => new ZoomError(400, 3018, 'Not allowed to delete PMI.'),
  enforceLoginDomains: () =>
    new ZoomError(400, 300, 'Invalid enforce_login_domains, separate multiple domains by semicolon.'),
  closedCaptionDisabled: () =>
    new ZoomError(
      400,
      3000,
      'Closed captioning disabled. To enable this feature, enable the "Closed captioning" and "Allow use of caption API Token to integrate with 3rd-party Closed Captioning services" settings in the Zoom web portal\'s "Settings" interface.',
    ),
  meetingDailyLimit: () =>
    new ZoomError(
      429,
      429,
      'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
    ),
  pastMeetingNotFound: () => new ZoomError(404, 3001, 'Meeting ID is invalid or not end.'),
  pastMeetingTooOld: () => new ZoomError(400, 12702, 'Can not access a meeting a year ago.'),
  liveMeetingNotFound: (meetingId: string | number) =>
    new ZoomError(404, 3001, `Meeting ${meetingId} is not found or has expired.`),
  meetingNotLive: () => new ZoomError(400, 300, 'Meeting does not exist.'),
  meetingNotStarted: (meetingId: string | number) => new ZoomError(400, 3000, `Meeting ${meetingId} has not started.`),
  participantNotFound: (participantId: string) =>
    new ZoomError(404, 404, `Participant does not exist: ${participantId}.`),
}
