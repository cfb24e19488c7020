import type { AnyOperation } from '../../http/operation.js'
import AddRoleMembers from './AddRoleMembers.js'
import createRole from './createRole.js'
import deleteRole from './deleteRole.js'
import getRoleInformation from './getRoleInformation.js'
import roleMemberDelete from './roleMemberDelete.js'
import roleMembers from './roleMembers.js'
import roles from './roles.js'
import updateRole from './updateRole.js'

/** The Roles operations. */
export const rolesOperations: AnyOperation[] = [
  roles,
  createRole,
  getRoleInformation,
  updateRole,
  deleteRole,
  roleMembers,
  AddRoleMembers,
  roleMemberDelete,
]
