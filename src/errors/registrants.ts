import { ZoomError } from './zoom-error.js'

/** Meeting registrants. */
export const registrantErrors = {
  registrationNotEnabled: (meetingId: string | number) =>
    new ZoomError(404, 404, `Registration has not been enabled for this meeting: ${meetingId}.`),
  paidUserOnly: (userId: string) => new ZoomError(400, 200, `Only available for Paid user: ${userId}`),
  hostCannotRegister: () => new ZoomError(400, 3027, 'Host can not register'),
  registrationOver: () =>
    new ZoomError(
      400,
      3038,
      'Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.',
    ),
  meetingCapacityReached: () => new ZoomError(400, 3043, 'Meeting has reached maximum attendee capacity.'),
  batchScheduledOnly: () =>
    new ZoomError(
      400,
      303,
      'This API can only be used for scheduled meeting(meeting type: 2). Batch registration is not supported for other meeting types.',
    ),
  registrantNotFound: (registrantId: string) => new ZoomError(404, 3000, `Registrant ${registrantId} was not found.`),
  invalidParameter: (name: string) => new ZoomError(400, 300, `Invalid parameter: ${name}.`),
  customQuestionRequired: (title: string) =>
    new ZoomError(400, 300, `The parameter is required in custom_questions: ${title}.`),
  registrantDailyLimit: (limit: number, api: string, registrant: string) =>
    new ZoomError(
      429,
      429,
      `You have exceeded the daily rate limit of (${limit}) for ${api} API requests for the registrant (${registrant}). You can resume these API requests at GMT 00:00:00.`,
    ),
}
