import { Type } from 'typebox'
import { e, i, list, o, obj, s, served, strings } from '../kit.js'

// Hand-written where Zoom's current API (as @zoom/rivet types it) is newer than the 2022 document: the role
// `type` (common / iq) in lists, creation and details.

export const RoleIdParams = Type.Object({ roleId: Type.String({ minLength: 1 }) })
export const RoleMemberParams = Type.Object({
  roleId: Type.String({ minLength: 1 }),
  memberId: Type.String({ minLength: 1 }),
})

const ROLE_TYPES = ['common', 'iq'] as const
const RoleType = o(e(ROLE_TYPES))

export const ListRolesQuery = Type.Object({ type: o(e(ROLE_TYPES, served({ default: 'common' }))) })

export const ListRolesResponse = Type.Object({
  roles: list(Type.Object({ id: s(), name: s(), description: s(), type: s(), total_members: i() })),
  total_records: i(),
})

const Privileges = strings()
const SubAccountPrivileges = obj({ second_level: i({ minimum: 1, maximum: 3 }) })

export const CreateRoleBody = Type.Object({ name: s(), description: s(), type: RoleType, privileges: Privileges })

export const CreateRoleResponse = Type.Object({
  id: s(),
  name: s(),
  description: s(),
  privileges: Privileges,
  total_members: i(),
})

export const RoleResponse = Type.Object({
  id: s(),
  name: s(),
  description: s(),
  type: s(),
  privileges: Privileges,
  sub_account_privileges: SubAccountPrivileges,
  total_members: i(),
})

export const UpdateRoleBody = Type.Object({
  name: s(),
  description: s(),
  privileges: Privileges,
  sub_account_privileges: SubAccountPrivileges,
})

/** At most 30 users per request; Zoom types `email` here as an address, so anything else is a validation error. */
export const AssignRoleBody = Type.Object({
  members: list(Type.Object({ id: s(), email: s({ format: 'email' }) }), { maxItems: 30 }),
})
