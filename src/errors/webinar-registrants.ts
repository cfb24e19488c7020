import { ZoomError } from './zoom-error.js'

/** Webinar registrants and tracking sources: where Zoom words a refusal for webinars, not meetings. */
export const webinarRegistrantErrors = {
  webinarRegistrationNotEnabled: (webinarId: string | number) =>
    new ZoomError(404, 404, `Registration has not been enabled for this webinar: ${webinarId}.`),
  webinarRegistrationNotRequired: (webinarId: string | number) =>
    new ZoomError(400, 3000, `This webinar does not have registration as required: ${webinarId}.`),
  webinarHostCannotRegister: () => new ZoomError(400, 3027, 'Host cannot register.'),
  webinarRegistrationOver: () =>
    new ZoomError(
      400,
      3038,
      'Webinar is over, you cannot register now. If you have any questions, contact the webinar host.',
    ),
  webinarCapacityReached: () => new ZoomError(400, 3043, 'Webinar has reached maximum attendee capacity.'),
  webinarApprovalCapacity: () => new ZoomError(400, 3035, 'Webinar has reached maximum attendee capacity.'),
  webinarAttendeeLimit: () =>
    new ZoomError(
      400,
      3000,
      'You have reached the limit for the number of attendees you can add. Contact Zoom Support for more information.',
    ),
  webinarBatchScheduledOnly: () =>
    new ZoomError(
      400,
      300,
      'This API can only be used for scheduled webinars (type 5). Batch registration is not supported for other webinar types.',
    ),
}
