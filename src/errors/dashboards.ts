import { ZoomError } from './zoom-error.js'

/** Dashboards (`/metrics/...`). */
export const dashboardErrors = {
  dashboardNotAvailable: () =>
    new ZoomError(
      400,
      200,
      'This API is only available for Business or higher accounts that have enabled the Dashboard feature.',
    ),
  dashboardInstanceNotEnded: () => new ZoomError(404, 3001, 'Meeting ID is invalid or the meeting has not ended yet.'),
  dashboardWebinarNotEnded: () =>
    new ZoomError(404, 3001, 'The webinar has not ended yet or the Webinar ID is not valid.'),
  dashboardWebinarOnMeetingPath: (id: string | number) =>
    new ZoomError(400, 300, `Can not access webinar info, ${id}.`),
  chatMetricsTooOld: () => new ZoomError(400, 300, 'Report requested exceeds 6 month limit'),
}
