import { ZoomError } from './zoom-error.js'

/** Roles and their privileges. */
export const roleErrors = {
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
}
