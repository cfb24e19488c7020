import type { AnyOperation } from '../../http/operation.js'
import delGroupVB from './delGroupVB.js'
import getGroupLockSettings from './getGroupLockSettings.js'
import getGroupSettings from './getGroupSettings.js'
import getGroupsWebinarRegistrationSettings from './getGroupsWebinarRegistrationSettings.js'
import group from './group.js'
import groupAdmins from './groupAdmins.js'
import groupAdminsCreate from './groupAdminsCreate.js'
import groupAdminsDelete from './groupAdminsDelete.js'
import groupCreate from './groupCreate.js'
import groupDelete from './groupDelete.js'
import groupLockedSettings from './groupLockedSettings.js'
import groupMembers from './groupMembers.js'
import groupMembersCreate from './groupMembersCreate.js'
import groupMembersDelete from './groupMembersDelete.js'
import groups from './groups.js'
import groupUpdate from './groupUpdate.js'
import updateAGroupMember from './updateAGroupMember.js'
import updateGroupSettings from './updateGroupSettings.js'
import updateGroupsWebinarRegistrationSettings from './updateGroupsWebinarRegistrationSettings.js'
import uploadGroupVB from './uploadGroupVB.js'

/** The Groups operations. */
export const groupsOperations: AnyOperation[] = [
  groups,
  groupCreate,
  group,
  groupUpdate,
  groupDelete,
  groupMembers,
  groupMembersCreate,
  updateAGroupMember,
  groupMembersDelete,
  groupAdmins,
  groupAdminsCreate,
  groupAdminsDelete,
  getGroupSettings,
  updateGroupSettings,
  getGroupLockSettings,
  groupLockedSettings,
  getGroupsWebinarRegistrationSettings,
  updateGroupsWebinarRegistrationSettings,
  uploadGroupVB,
  delGroupVB,
]
