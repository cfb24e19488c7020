import { Type } from 'typebox'
import { LoginType } from './schemas.js'

// Request and response shapes of the profile operations (update, delete, status, email, password, permissions,
// tokens, summary, email check), from @zoom/rivet's current types where they are newer than the 2022 document.

const o = Type.Optional
const e = <T extends string>(values: readonly T[], extra: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: values, ...extra })

export const UpdateUserQuery = Type.Object({
  login_type: o(LoginType),
  remove_tsp_credentials: o(Type.Boolean()),
})

export const DeleteUserQuery = Type.Object({
  action: o(e(['disassociate', 'delete'] as const, { default: 'disassociate' })),
  encrypted_email: o(Type.Boolean()),
  transfer_email: o(Type.String()),
  transfer_meeting: o(Type.Boolean()),
  transfer_webinar: o(Type.Boolean()),
  transfer_recording: o(Type.Boolean()),
  transfer_whiteboard: o(Type.Boolean()),
  transfer_clipfiles: o(Type.Boolean()),
  transfer_notes: o(Type.Boolean()),
  transfer_visitors: o(Type.Boolean()),
  transfer_docs: o(Type.Boolean()),
})

export const UserStatusBody = Type.Object({
  action: e(['activate', 'deactivate'] as const),
})

export const UserEmailUpdateBody = Type.Object({
  email: Type.String({ format: 'email', maxLength: 128 }),
})

// Length and character rules are the account's password policy (codes 1124–1136), not the schema's.
export const UserPasswordBody = Type.Object({
  password: Type.String(),
})

export const UserPermissionsResponse = Type.Object({
  permissions: o(Type.Array(Type.String())),
})

export const UserTokenQuery = Type.Object({
  type: o(e(['token', 'zak'] as const, { default: 'token' })),
  // Seconds; only for a ZAK. Up to a year.
  ttl: o(Type.Integer({ minimum: 1, maximum: 31_536_000 })),
})

export const UserTokenResponse = Type.Object({
  token: o(Type.Union([Type.String(), Type.Null()])),
})

export const UserSummaryResponse = Type.Object({
  licensed_users_count: o(Type.Integer()),
  basic_users_count: o(Type.Integer()),
  on_prem_users_count: o(Type.Integer()),
  room_users_count: o(Type.Integer()),
  pending_users_count: o(Type.Integer()),
  join_only_users_count: o(Type.Integer()),
  total_users_count: o(Type.Integer()),
})

// `email` is checked by the handler so a missing one gets Zoom's own message.
export const UserEmailQuery = Type.Object({
  email: o(Type.String()),
})

export const UserEmailResponse = Type.Object({
  existed_email: o(Type.Boolean()),
})
