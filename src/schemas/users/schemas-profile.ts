import { Type } from 'typebox'
import { ZAK_TTL_S } from '../../domain/users/credentials.js'
import { b, e, i, o, s, served, strings } from '../kit.js'
import { LoginType } from './schemas.js'

// Request and response shapes of the profile operations (update, delete, status, email, password, permissions,
// tokens, summary, email check), from @zoom/rivet's current types where they are newer than the 2022 document.

export const UpdateUserQuery = Type.Object({
  login_type: o(LoginType),
  remove_tsp_credentials: b(),
})

export const DeleteUserQuery = Type.Object({
  action: o(e(['disassociate', 'delete'] as const, { default: 'disassociate' })),
  // The user is named by id or plain email; an encrypted email is never read, as when this is false.
  encrypted_email: b(served({ default: false })),
  transfer_email: s(),
  transfer_meeting: b(),
  transfer_webinar: b(),
  transfer_recording: b(),
  transfer_whiteboard: b(),
  transfer_clipfiles: b(),
  transfer_notes: b(),
  transfer_visitors: b(),
  transfer_docs: b(),
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
  permissions: strings(),
})

export const UserTokenQuery = Type.Object({
  type: o(e(['token', 'zak'] as const, { default: 'token' })),
  // Seconds; only for a ZAK. Up to a year. The default is an ordinary user's: a custCreate user's ZAK lives 90 days.
  ttl: i({ minimum: 1, maximum: 31_536_000, ...served({ default: ZAK_TTL_S }) }),
})

export const UserTokenResponse = Type.Object({
  token: o(Type.Union([Type.String(), Type.Null()])),
})

export const UserSummaryResponse = Type.Object({
  licensed_users_count: i(),
  basic_users_count: i(),
  on_prem_users_count: i(),
  room_users_count: i(),
  pending_users_count: i(),
  join_only_users_count: i(),
  total_users_count: i(),
})

// `email` is checked by the handler so a missing one gets Zoom's own message.
export const UserEmailQuery = Type.Object({
  email: s(),
})

export const UserEmailResponse = Type.Object({
  existed_email: b(),
})
