import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, o, pageSize, s } from '../kit.js'

// Hand-written: the Information Barriers API is newer than Zoom's 2022 OpenAPI document. Shapes follow
// @zoom/rivet's `InformationBarriers*` types.

const Status = e([0, 1] as const)
const PolicyType = e([0, 1, 2, 3] as const)

const Settings = Type.Object({
  complete_phone_calls: b(),
  file_transfer: b(),
  im: b(),
  in_meeting_chat: b(),
  meeting: b(),
  message_via_sms: b(),
  recording: b(),
  screen_share: b(),
})

export const PolicyIdParams = Type.Object({ policyId: Type.String({ minLength: 1 }) })

export const ListPoliciesQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

/** Zoom's schema lists `id` too; it is accepted and ignored, the server assigns the policy's id. */
export const CreatePolicyBody = Type.Object({
  assigned_group_id: Type.String({ minLength: 1 }),
  id: s(),
  policy_name: Type.String({ minLength: 1 }),
  settings: Settings,
  status: Status,
  to_group_id: Type.String({ minLength: 1 }),
  type: PolicyType,
})

/** Every property optional: a PATCH changes what it names. `id` cannot change. */
export const UpdatePolicyBody = Type.Object({
  assigned_group_id: s({ minLength: 1 }),
  id: s(),
  policy_name: s({ minLength: 1 }),
  settings: o(Settings),
  status: o(Status),
  to_group_id: s({ minLength: 1 }),
  type: o(PolicyType),
})

export const Policy = Type.Object({
  assigned_group_id: s(),
  id: s(),
  policy_name: s(),
  settings: o(Settings),
  status: i(),
  to_group_id: s(),
  type: i(),
})

export const ListPoliciesResponse = Type.Object({
  policies: list(Policy),
  total_records: i(),
  next_page_token: s(),
})
