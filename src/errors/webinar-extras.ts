import { ZoomError } from './zoom-error.js'

/** Webinar polls, survey, live stream, caption token and templates: where the webinar answer differs from the meeting one. */
export const webinarExtrasErrors = {
  webinarPollsDisabled: () =>
    new ZoomError(
      400,
      4400,
      'Webinar polls disabled. To enable this feature, enable the "Webinar Polls/Quizzes" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  webinarAdvancedPollsDisabled: () =>
    new ZoomError(
      400,
      4400,
      'Advanced webinar polls disabled. To enable this feature, enable the "Allow host to create advanced polls and quizzes" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  webinarPollNotFound: () => new ZoomError(404, 404, 'Webinar poll not found.'),
  webinarSurveyDisabled: () =>
    new ZoomError(
      400,
      3000,
      'Webinar survey disabled. To enable this feature, enable the "Webinar Survey" setting in the Zoom web portal\'s "Settings" interface.',
    ),
  webinarLiveStreamDisabled: () =>
    new ZoomError(400, 200, 'The current user has not enabled the custom live streaming feature of the webinar.'),
  webinarLiveStreamNotConfigured: () =>
    new ZoomError(400, 3000, 'The current webinar is not configured with a custom streaming service.'),
  webinarLiveStreamNotStarted: (webinarId: number) => new ZoomError(400, 200, `Webinar ${webinarId} has not started.`),
  webinarLiveStreamStartTooSoon: (webinarId: number) =>
    new ZoomError(
      429,
      429,
      `Too many requests submitted to start the livestream of this webinar: ${webinarId}. If the livestream has not already started, retry making a new request after 30 seconds.`,
    ),
  webinarCaptionNotStarted: (webinarId: number) => new ZoomError(400, 3000, `Webinar ${webinarId} has not started.`),
  webinarTemplateNotHost: () => new ZoomError(400, 3003, 'You are not the webinar host.'),
}
