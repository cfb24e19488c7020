import { ZoomError } from './zoom-error.js'

/** Cloud recording and archiving. */
export const recordingErrors = {
  recordingNotFound: () => new ZoomError(404, 3301, 'There is no recording for this meeting.'),
  recordingFileNotFound: () => new ZoomError(404, 3301, 'There is no recording for this meeting.'),
  recordingNotCompleted: () => new ZoomError(400, 3303, 'You can not delete an uncompleted meeting.'),
  recordingStorageFull: () =>
    new ZoomError(
      400,
      3309,
      'Not enough cloud storage available. Either purchase additional storage or delete cloud recordings to free up storage.',
    ),
  recordingNoPermission: () => new ZoomError(400, 200, 'You do not have the right permissions.'),
  recordingOutOfWindow: () => new ZoomError(400, 300, 'Only provide report in recent 6 months'),
  archivingNotAvailable: () => new ZoomError(400, 200, 'Not available for this account.'),
  // Undocumented: answered as Zoom answers registration to a meeting that has it off.
  recordingRegistrationNotEnabled: (meetingId: number) =>
    new ZoomError(404, 404, `On-demand registration has not been enabled for this recording: ${meetingId}.`),
  archivingPaidOnly: () => new ZoomError(400, 200, 'Only available for Paid account.'),
  archiveWindowTooLong: () => new ZoomError(400, 300, 'The time range between from and to cannot exceed 7 days.'),
  archiveWindowReversed: () => new ZoomError(400, 300, 'The from time must be earlier than the to time.'),
}
