import { ZoomError } from './zoom-error.js'

/** Users: lookups, assistants, devices, profile, status, deletion, email, password and feature licences. */
export const userErrors = {
  userNotFound: (userId: string) => new ZoomError(404, 1001, `User does not exist: ${userId}.`),
  userNotInAccount: (email: string) =>
    new ZoomError(404, 1001, `User ${email} not exist or not belong to this account.`),
  userExists: (email: string) => new ZoomError(409, 1005, `User already in the account: ${email}`),
  userNotBelong: (accountId: string) => new ZoomError(400, 1010, `User does not belong to this account: ${accountId}`),
  // Assistants (scheduling privilege): every refusal is 400/200.
  paidAccountRequired: (userId: string) => new ZoomError(400, 200, `Current account must be paid account: ${userId}`),
  licensedUserRequired: (who: string) =>
    new ZoomError(400, 200, `The user must either be a Licensed user or an On-prem user : ${who}.`),
  assistantIsSelf: () => new ZoomError(400, 200, "Can't assign scheduling privilege to yourself."),
  assistantNotFound: (email: string) => new ZoomError(400, 200, `Can't find user ${email}.`),
  assistantExists: (email: string) =>
    new ZoomError(400, 200, `User ${email} has already granted scheduling privilege.`),
  collaborationDeviceNotFound: (id: string) => new ZoomError(404, 1238, `Collaboration Device does not exist: ${id}.`),
  userTypeConflict: () =>
    new ZoomError(400, 300, 'You can\'t change the "type" or "plan_united_type" or "zoom_one_type" at the same time.'),
  pmiNoMeetingLicense: () =>
    new ZoomError(400, 200, 'You cannot update PMI information for a "No Meetings License" user.'),
  pmiInUse: (pmi: number) => new ZoomError(400, 300, `Personal Meeting ID is already in use: ${pmi}.`),
  vanityNameTaken: () =>
    new ZoomError(400, 4100, 'User is already taken by a user from your account. Choose another "Personal Link Name".'),
  userStatusLocked: () =>
    new ZoomError(400, 200, "Zoom Room and Admin users' status cannot be activated or deactivated."),
  userStatusPending: (userId: string) =>
    new ZoomError(400, 300, `The status of a pending user cannot be changed: ${userId}.`),
  ownerNotDeletable: () => new ZoomError(400, 200, 'Cannot delete the account owner.'),
  adminNotDisassociable: () => new ZoomError(400, 1117, 'You can not disassociate an Admin user.'),
  transferToSelf: () =>
    new ZoomError(
      400,
      300,
      "The transfer-to email address cannot be the same as the unlinked or deleted user's email address.",
    ),
  emailChangeAdminOnly: () => new ZoomError(400, 200, 'Only an account administrator can change email.'),
  emailChangeLimit: () =>
    new ZoomError(
      400,
      300,
      'This email cannot be changed because it has already been changed the maximum number of times over the past 24 hours.',
    ),
  emailRequired: () => new ZoomError(400, 300, 'Email is required.'),
  passwordSameAsOld: () => new ZoomError(400, 300, 'Your new password can not match the old password.'),
  passwordChangeLimit: () =>
    new ZoomError(
      400,
      300,
      'This password cannot be changed because it has already been changed the maximum number of times over the past 24 hours.',
    ),
  passwordReused: (count: number) =>
    new ZoomError(400, 1129, `Users cannot reuse any of the last ${count} passwords created.`),
  adminPasswordLocked: () => new ZoomError(400, 1117, "Can not update Admin's password"),
  passwordWorkEmailOnly: () => new ZoomError(400, 1123, 'Can only update password of Zoom work email account'),
  invitationNotFound: () =>
    new ZoomError(400, 1120, 'A valid invitation to join the Zoom account was not found for this user.'),
  largeMeetingNotLicensed: () =>
    new ZoomError(400, 1108, 'Only Licensed or On-prem users can enable the large meeting feature.'),
  webinarNotLicensed: () =>
    new ZoomError(400, 1122, 'Webinar feature can only be enabled for Licensed or On-prem users.'),
  webinarWithZoomEvents: () =>
    new ZoomError(400, 1204, "You can't enable the Webinar feature because you already have the Zoom Events feature."),
  zoomEventsWithWebinar: () =>
    new ZoomError(400, 1205, "You can't enable the Zoom Events feature because you already have the Webinar feature."),
  zoomEventsNotLicensed: () =>
    new ZoomError(400, 1206, 'You can only enable the Zoom Events feature for Licensed or On-prem users.'),
  concurrentMeetingNotLicensed: () =>
    new ZoomError(
      400,
      1207,
      'You can only enable the "Concurrent Meeting" feature for Licensed users or On-prem users.',
    ),
}
