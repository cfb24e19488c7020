import { ZoomError } from './zoom-error.js'

/** Groups and IM directory groups. */
export const groupErrors = {
  groupNotFound: (groupId: string) => new ZoomError(404, 4130, `A group with this ${groupId} does not exist.`),
  groupNameTaken: (name: string) => new ZoomError(409, 4132, `The group name "${name}" is already in use.`),
  groupNameInUse: (name: string) => new ZoomError(409, 4132, `Group name ${name} is already in use.`),
  groupCreateDailyLimit: (limit: number) =>
    new ZoomError(
      429,
      429,
      `You have exceeded the daily rate limit (${limit}) of Create a Group API request for this account. This limit resets at GMT 00:00:00.`,
    ),
  groupMemberNotFound: () => new ZoomError(400, 300, 'Group member not found.'),
  targetGroupRequired: () => new ZoomError(400, 300, 'The target_group_id can not be empty.'),
  notGroupAdmin: (groupId: string) =>
    new ZoomError(400, 4138, `That user is not an administrator for the group: ${groupId}.`),
  imGroupNotFound: (groupId: string) => new ZoomError(404, 4130, `Group does not exist:${groupId}.`),
  imGroupMemberNotFound: (memberId: string) => new ZoomError(404, 4130, `Group member does not exist:${memberId}.`),
}
