import { ZoomError } from './zoom-error.js'

/** Webinars: licence, scheduling, panelists, branding and past webinars. */
export const webinarErrors = {
  webinarNotFound: (webinarId: string | number) => new ZoomError(404, 3001, `Webinar does not exist: ${webinarId}.`),
  webinarPlanMissing: (userId: string) =>
    new ZoomError(
      400,
      200,
      `Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user: ${userId}.`,
    ),
  webinarInProgressNoDelete: () =>
    new ZoomError(400, 3002, 'Sorry, you cannot delete this webinar since it is in progress.'),
  webinarDailyLimit: () =>
    new ZoomError(
      429,
      429,
      'You have exceeded the daily rate limit (100) of Webinar Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
    ),
}
