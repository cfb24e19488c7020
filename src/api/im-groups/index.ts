import type { AnyOperation } from '../../http/operation.js'
import imGroup from './imGroup.js'
import imGroupCreate from './imGroupCreate.js'
import imGroupDelete from './imGroupDelete.js'
import imGroupMembers from './imGroupMembers.js'
import imGroupMembersCreate from './imGroupMembersCreate.js'
import imGroupMembersDelete from './imGroupMembersDelete.js'
import imGroups from './imGroups.js'
import imGroupUpdate from './imGroupUpdate.js'

/** The IM Groups operations. */
export const imGroupsOperations: AnyOperation[] = [
  imGroups,
  imGroupCreate,
  imGroup,
  imGroupUpdate,
  imGroupDelete,
  imGroupMembers,
  imGroupMembersCreate,
  imGroupMembersDelete,
]
