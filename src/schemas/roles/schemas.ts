import { Type } from 'typebox'

// Hand-written where Zoom's current API (as @zoom/rivet types it) is newer than the 2022 document: the role
// `type` (common / iq) in lists, creation and details.

const o = Type.Optional
const s = () => o(Type.String())
const e = <T extends string>(values: readonly T[]) => o(Type.Unsafe<T>({ type: 'string', enum: values }))

export const RoleIdParams = Type.Object({ roleId: Type.String({ minLength: 1 }) })
export const RoleMemberParams = Type.Object({
  roleId: Type.String({ minLength: 1 }),
  memberId: Type.String({ minLength: 1 }),
})

const RoleType = e(['common', 'iq'] as const)

export const ListRolesQuery = Type.Object({ type: RoleType })

export const ListRolesResponse = Type.Object({
  roles: o(
    Type.Array(Type.Object({ id: s(), name: s(), description: s(), type: s(), total_members: o(Type.Integer()) })),
  ),
  total_records: o(Type.Integer()),
})

const Privileges = o(Type.Array(Type.String()))
const SubAccountPrivileges = o(Type.Object({ second_level: o(Type.Integer({ minimum: 1, maximum: 3 })) }))

export const CreateRoleBody = Type.Object({ name: s(), description: s(), type: RoleType, privileges: Privileges })

export const CreateRoleResponse = Type.Object({
  id: s(),
  name: s(),
  description: s(),
  privileges: Privileges,
  total_members: o(Type.Integer()),
})

export const RoleResponse = Type.Object({
  id: s(),
  name: s(),
  description: s(),
  type: s(),
  privileges: Privileges,
  sub_account_privileges: SubAccountPrivileges,
  total_members: o(Type.Integer()),
})

export const UpdateRoleBody = Type.Object({
  name: s(),
  description: s(),
  privileges: Privileges,
  sub_account_privileges: SubAccountPrivileges,
})

/** At most 30 users per request; Zoom types `email` here as an address, so anything else is a validation error. */
export const AssignRoleBody = Type.Object({
  members: o(Type.Array(Type.Object({ id: s(), email: o(Type.String({ format: 'email' })) }), { maxItems: 30 })),
})
