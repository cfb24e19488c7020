import { ZoomError, type FieldError } from './zoom-error.js'

// Zoom's error codes and texts, one factory each, so handlers never build error bodies by hand.
export const errors = {
  invalidToken: () => new ZoomError(401, 124, 'Invalid access token.'),
  expiredToken: () => new ZoomError(401, 124, 'Access token is expired.'),
  missingScopes: (scopes: string[]) =>
    new ZoomError(401, 4700, `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`),
  noPermission: (message = 'No permission.') => new ZoomError(400, 200, message),
  paidAccountOnly: (accountId: string) => new ZoomError(400, 200, `Only available for paid account: ${accountId}.`),
  validation: (errors?: FieldError[]) => new ZoomError(400, 300, 'Validation Failed.', errors),
  badRequest: (message: string, code = 300) => new ZoomError(400, code, message),
  invalidJson: () => new ZoomError(400, 300, 'Request Body should be a valid JSON object.'),
  invalidPageToken: () => new ZoomError(400, 300, 'The next page token is invalid or expired.'),
  userNotFound: (userId: string) => new ZoomError(404, 1001, `User does not exist: ${userId}.`),
  userNotInAccount: (email: string) =>
    new ZoomError(404, 1001, `User ${email} not exist or not belong to this account.`),
  userExists: (email: string) => new ZoomError(409, 1005, `User already in the account: ${email}`),
  userNotBelong: (accountId: string) => new ZoomError(400, 1010, `User does not belong to this account: ${accountId}`),
  accountNotFound: (accountId: string, status: 400 | 404 = 400) =>
    new ZoomError(status, 2001, `Account does not exist: ${accountId}`),
  // Assistants (scheduling privilege): every refusal is 400/200.
  paidAccountRequired: (userId: string) => new ZoomError(400, 200, `Current account must be paid account: ${userId}`),
  licensedUserRequired: (who: string) =>
    new ZoomError(400, 200, `The user must either be a Licensed user or an On-prem user : ${who}.`),
  assistantIsSelf: () => new ZoomError(400, 200, "Can't assign scheduling privilege to yourself."),
  assistantNotFound: (email: string) => new ZoomError(400, 200, `Can't find user ${email}.`),
  assistantExists: (email: string) =>
    new ZoomError(400, 200, `User ${email} has already granted scheduling privilege.`),
  collaborationDeviceNotFound: (id: string) => new ZoomError(404, 1238, `Collaboration Device does not exist: ${id}.`),
  // Users: profile, status, deletion, email and password.
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
  // User settings (feature licences) and uploads (pictures, virtual backgrounds).
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
  fileError: (message: string) => new ZoomError(400, 120, message),
  // Groups, IM directory groups and roles.
  groupNotFound: (groupId: string) => new ZoomError(404, 4130, `A group with this ${groupId} does not exist.`),
  groupNameTaken: (name: string) => new ZoomError(409, 4132, `The group name "${name}" is already in use.`),
  groupNameInUse: (name: string) => new ZoomError(409, 4132, `Group name ${name} is already in use.`),
  groupCreateDailyLimit: (limit: number) =>
    new ZoomError(
      429,
      429,
      `You have exceeded the daily rate limit (${limit}) of Create a Group API request for this account. This limit resets at GMT 00:00:00.`,
    ),
  missingField: (name: string) => new ZoomError(400, 300, `Missing field: ${name}.`),
  groupMemberNotFound: () => new ZoomError(400, 300, 'Group member not found.'),
  targetGroupRequired: () => new ZoomError(400, 300, 'The target_group_id can not be empty.'),
  notGroupAdmin: (groupId: string) =>
    new ZoomError(400, 4138, `That user is not an administrator for the group: ${groupId}.`),
  imGroupNotFound: (groupId: string) => new ZoomError(404, 4130, `Group does not exist:${groupId}.`),
  imGroupMemberNotFound: (memberId: string) => new ZoomError(404, 4130, `Group member does not exist:${memberId}.`),
  roleNotFound: () => new ZoomError(400, 300, 'Role not found.'),
  roleDoesNotExist: () => new ZoomError(400, 1034, 'Role does not exist.'),
  roleMissing: () => new ZoomError(404, 1034, 'Role does not exist.'),
  roleNameRequired: () => new ZoomError(400, 300, 'The name field cannot be empty.'),
  roleNameTaken: (name: string) => new ZoomError(400, 1224, `Role name "${name}" has already been used.`),
  roleNotUpdatable: () => new ZoomError(400, 300, 'This role cannot be updated.'),
  roleNotDeletable: () => new ZoomError(400, 300, 'This role cannot be deleted.'),
  roleInUse: () => new ZoomError(400, 300, 'This role cannot be deleted because it is assigned to users.'),
  roleMembersFixed: () => new ZoomError(400, 300, "Can't delete or add members for Normal/Owner roles."),
  ownerRoleFixed: () => new ZoomError(400, 300, "The account owner's role cannot be changed."),
  invalidPrivilege: (name: string) => new ZoomError(400, 300, `Invalid privilege: ${name}.`),
  // Webhooks: event subscriptions and their logs.
  eventSubscriptionNotFound: (id: string) => new ZoomError(404, 404, `Event subscription does not exist: ${id}.`),
  eventNotAllowed: () => new ZoomError(400, 300, 'The event is not allowed for the app.'),
  eventSubscriptionLimit: (max: number) =>
    new ZoomError(400, 300, `An app can have at most ${max} event subscriptions.`),
  unknownEvents: (names: string[]) =>
    new ZoomError(
      400,
      300,
      `Unknown event${names.length > 1 ? 's' : ''}: ${names.join(', ')}.`,
      names.map((n) => ({ field: 'events', message: `Unknown event: ${n}` })),
    ),
  webhookUrlValidationFailed: (url: string, reason: string) =>
    new ZoomError(400, 300, `URL validation failed: ${url}. Reason: ${reason}.`),
  appNotFound: (appId: string) => new ZoomError(404, 404, `App does not exist: ${appId}.`),
  // Information barriers and tracking fields.
  ibPaidAccountOnly: (accountId: string) => new ZoomError(400, 200, `Only available for Paid account: ${accountId}.`),
  ibPolicyNotFound: (policyId: string) =>
    new ZoomError(404, 404, `Information Barriers policy does not exist: ${policyId}.`),
  ibSameGroup: () => new ZoomError(400, 300, 'The assigned_group_id and to_group_id must be different groups.'),
  groupInIbPolicy: (policyName: string) =>
    new ZoomError(
      400,
      300,
      `The group is used by the Information Barriers policy "${policyName}". Remove it from the policy before deleting the group.`,
    ),
  trackingFieldPlan: () =>
    new ZoomError(400, 200, 'Tracking fields are only available for Business, Education, API or higher plans.'),
  trackingFieldNotFound: (fieldId: string) => new ZoomError(404, 5110, `Tracking field does not exist: ${fieldId}.`),
  trackingFieldExists: () => new ZoomError(400, 200, 'Tracking field already exists.'),
  trackingFieldUndefined: (field: string) =>
    new ZoomError(400, 300, `Tracking field is not defined in this account: ${field}.`),
  trackingFieldRequired: (field: string) => new ZoomError(400, 300, `Tracking field is required: ${field}.`),
  // Meetings.
  meetingNotFound: (meetingId: string | number) => new ZoomError(404, 3001, `Meeting does not exist: ${meetingId}.`),
  cannotScheduleFor: (who: string) => new ZoomError(400, 3000, `You cannot schedule a meeting for ${who}.`),
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
  // Meeting polls, surveys and live streams.
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
  // Meeting registrants.
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
  notFound: (message = 'Not Found.') => new ZoomError(404, 404, message),
  methodNotAllowed: () => new ZoomError(405, 405, 'Method Not Allowed.'),
  rateLimitedQps: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum per-second rate limit for this API. Try again later.',
      undefined,
      headers,
    ),
  rateLimitedDaily: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.',
      undefined,
      headers,
    ),
  internal: () => new ZoomError(500, 500, 'Internal server error.'),
  // Past meetings, in-meeting controls and the meeting simulator.
  pastMeetingNotFound: () => new ZoomError(404, 3001, 'Meeting ID is invalid or not end.'),
  pastMeetingTooOld: () => new ZoomError(400, 12702, 'Can not access a meeting a year ago.'),
  liveMeetingNotFound: (meetingId: string | number) =>
    new ZoomError(404, 3001, `Meeting ${meetingId} is not found or has expired.`),
  meetingNotLive: () => new ZoomError(400, 300, 'Meeting does not exist.'),
  meetingNotStarted: (meetingId: string | number) => new ZoomError(400, 3000, `Meeting ${meetingId} has not started.`),
  participantNotFound: (participantId: string) =>
    new ZoomError(404, 404, `Participant does not exist: ${participantId}.`),
  // Accounts (master and sub accounts, settings) and Billing.
  emailAlreadyUsed: (email: string) => new ZoomError(409, 1005, `Email "${email}" has already been used.`),
  inviteDailyLimit: (limit: number) =>
    new ZoomError(
      429,
      429,
      `You have exceeded the daily rate limit (${limit}) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.`,
    ),
  subAccountPassword: (kind: 'repeated' | 'consecutive') =>
    new ZoomError(
      400,
      1111,
      kind === 'repeated'
        ? 'Password should not contain repeated characters such as "aaaaaa".'
        : 'Password should not contain consecutive characters such as "abc" or "123".',
    ),
  specialCharacters: (field: string) =>
    new ZoomError(400, 300, `Your request was not accepted because "${field}" contains special character(s).`),
  accountTransferDisabled: () =>
    new ZoomError(400, 11101, 'Account transfer disabled. Please remove the transfer token and try again.'),
  paidAccountNotDisassociable: () => new ZoomError(404, 2000, 'You cannot disassociate a paid account.'),
  invalidDomains: () =>
    new ZoomError(
      400,
      300,
      'The domains provided are invalid. If you are providing multiple domains, separate each domain with a comma.',
    ),
  selfPayMode: () => new ZoomError(400, 2100, 'This sub account is on self pay mode.'),
  invalidBillingField: (field: 'country' | 'state', value: string) =>
    new ZoomError(400, 2100, `Invalid ${field} parameter: ${value}.`),
  subscribePlanFirst: () => new ZoomError(400, 200, 'Please subscribe a plan for this sub account first.'),
  basePlanExists: () => new ZoomError(400, 2100, 'Can only subscribe plans for a sub account that is on a free plan.'),
  addonOnFreePlan: () => new ZoomError(400, 2100, 'Cannot update Additional plan for a subaccount under free plan.'),
  addonExists: (planCode: string) =>
    new ZoomError(400, 2100, `This subaccount already has the additional plan: ${planCode}.`),
  planNotSubscribed: (planCode: string) =>
    new ZoomError(400, 200, `You do not have a "${planCode}" plan subscription.`),
  cancelAddonOnFreePlan: () =>
    new ZoomError(400, 200, 'You cannot cancel an add-on plan for a sub account that is under a Free plan.'),
  cancelBaseOnFreePlan: () => new ZoomError(400, 200, 'Cannot cancel plan for a sub account which is under free plan.'),
  cancelAddonsFirst: () => new ZoomError(400, 200, 'You should first cancel all additional subscriptions.'),
  tooManyPaidUsers: (count: number) =>
    new ZoomError(
      400,
      2100,
      `The account currently has "${count}" paid users. Change the user type to Basic and reduce the number of paid users before performing this action.`,
    ),
  invoiceNotFound: (invoiceId: string) => new ZoomError(400, 2001, `InvoiceId does not exist: ${invoiceId}.`),
  invoiceReportNotFound: (reportId: string) =>
    new ZoomError(400, 2001, `Invoice Report ID does not exist: ${reportId}.`),
  invoiceReportSpan: () =>
    new ZoomError(400, 2100, 'The span of start_time and end_time must be within a month to generate invoice reports.'),
  invoiceReportNoAccounts: () =>
    new ZoomError(400, 2100, 'You must provide at least one sub account for which to generate an invoice report.'),
  invoiceReportUnknownAccounts: (masterId: string) =>
    new ZoomError(
      400,
      10102,
      `One or more of the sub accounts provided were not found under the master account ID: ${masterId}`,
    ),
  renewalsParameter: () => new ZoomError(400, 2100, 'Invalid parameter: interval/page_size.'),
  rateLimitedOperation: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum rate limit for this API. Try again later.',
      undefined,
      headers,
    ),
}
