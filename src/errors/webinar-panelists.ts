import { ZoomError } from './zoom-error.js'

/** Webinar panelists and past webinars (instances, absentees). */
export const webinarPanelistErrors = {
  panelistLimit: () =>
    new ZoomError(
      400,
      3000,
      'You have reached the limit for the number of panelists you can add. Contact Zoom Support for more information.',
    ),
  panelistNotFound: (panelistId: string) =>
    new ZoomError(404, 1001, `User ${panelistId} does not exist or does not belong to this account.`),
  pastWebinarTooOld: () => new ZoomError(400, 12702, 'Can not access a webinar a year ago.'),
  absenteesNeedRegistration: (uuid: string) =>
    new ZoomError(400, 3000, `This Webinar has not registration required: ${uuid}`),
  invalidAbsenteeOccurrence: (occurrenceId: string) =>
    new ZoomError(
      400,
      300,
      `The request could not be completed because you have provided an invalid occurrence ID: ${occurrenceId}`,
    ),
}
