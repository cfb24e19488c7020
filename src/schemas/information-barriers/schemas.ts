import { Type } from 'typebox'

// Hand-written: the Information Barriers API is newer than Zoom's 2022 OpenAPI document. Shapes follow
// @zoom/rivet's `InformationBarriers*` types.

const o = Type.Optional
const Status = Type.Unsafe<0 | 1>({ type: 'integer', enum: [0, 1] })
const PolicyType = Type.Unsafe<0 | 1 | 2 | 3>({ type: 'integer', enum: [0, 1, 2, 3] })

const Settings = Type.Object({
  complete_phone_calls: o(Type.Boolean()),
  file_transfer: o(Type.Boolean()),
  im: o(Type.Boolean()),
  in_meeting_chat: o(Type.Boolean()),
  meeting: o(Type.Boolean()),
  message_via_sms: o(Type.Boolean()),
  recording: o(Type.Boolean()),
  screen_share: o(Type.Boolean()),
})

export const PolicyIdParams = Type.Object({ policyId: Type.String({ minLength: 1 }) })

export const ListPoliciesQuery = Type.Object({
  page_size: o(Type.Integer({ minimum: 1, maximum: 300 })),
  next_page_token: o(Type.String()),
})

/** Zoom's schema lists `id` too; it is accepted and ignored, the server assigns the policy's id. */
export const CreatePolicyBody = Type.Object({
  assigned_group_id: Type.String({ minLength: 1 }),
  id: o(Type.String()),
  policy_name: Type.String({ minLength: 1 }),
  settings: Settings,
  status: Status,
  to_group_id: Type.String({ minLength: 1 }),
  type: PolicyType,
})

/** Every property optional: a PATCH changes what it names. `id` cannot change. */
export const UpdatePolicyBody = Type.Object({
  assigned_group_id: o(Type.String({ minLength: 1 })),
  id: o(Type.String()),
  policy_name: o(Type.String({ minLength: 1 })),
  settings: o(Settings),
  status: o(Status),
  to_group_id: o(Type.String({ minLength: 1 })),
  type: o(PolicyType),
})

export const Policy = Type.Object({
  assigned_group_id: o(Type.String()),
  id: o(Type.String()),
  policy_name: o(Type.String()),
  settings: o(Settings),
  status: o(Type.Integer()),
  to_group_id: o(Type.String()),
  type: o(Type.Integer()),
})

export const ListPoliciesResponse = Type.Object({
  policies: o(Type.Array(Policy)),
  total_records: o(Type.Integer()),
  next_page_token: o(Type.String()),
})
