import { ZoomError } from './zoom-error.js'

/** Meeting polls, surveys and live streams. */
export const meetingPollErrors = {
  pollsDisabled: () =>
    new ZoomError(
      400,
      4400,
      'Meeting polls disabled. To enable this feature, enable the "Meeting Polls/Quizzes" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  advancedPollsDisabled: () =>
    new ZoomError(
      400,
      4400,
      'Advanced meeting polls disabled. To enable this feature, enable the "Allow host to create advanced polls and quizzes" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  pollLimit: () => new ZoomError(400, 4400, 'You can only add a maximum of 50 polls.'),
  pollNotFound: () => new ZoomError(404, 404, 'Meeting Poll not found.'),
  surveyDisabled: () =>
    new ZoomError(
      400,
      3000,
      'Meeting survey disabled. To enable this feature, enable the "Meeting Survey" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  invalidThirdPartySurvey: (url: string) => new ZoomError(400, 300, `Invalid third party survey: ${url}.`),
  liveStreamDisabled: () =>
    new ZoomError(
      400,
      3000,
      'Live streaming disabled. To enable this feature, enable the "Allow live streaming meetings" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  liveStreamNotConfigured: (meetingId: number) =>
    new ZoomError(400, 3000, `The live stream of this meeting has not been configured: ${meetingId}.`),
  liveStreamMeetingNotStarted: (meetingId: number) =>
    new ZoomError(400, 3000, `The meeting has not started, so its live stream cannot start: ${meetingId}.`),
  liveStreamStartTooSoon: (meetingId: number) =>
    new ZoomError(
      429,
      429,
      `Too many requests submitted to start the livestream of this meeting: ${meetingId}. If the livestream has not already started, retry making a new request after 30 seconds.`,
    ),
}
