import { Type } from 'typebox'
import { b, e, i, list, o, s, strings } from '../kit.js'

// Assistants, schedulers, collaboration devices, the master account's user move and the bulk feature update.
// Shapes follow @zoom/rivet's Users types, which are newer than the 2022 document.

export const AssistantParams = Type.Object({
  userId: Type.String({ minLength: 1 }),
  assistantId: Type.String({ minLength: 1 }),
})
export const SchedulerParams = Type.Object({
  userId: Type.String({ minLength: 1 }),
  schedulerId: Type.String({ minLength: 1 }),
})
export const DeviceParams = Type.Object({
  userId: Type.String({ minLength: 1 }),
  collaborationDeviceId: Type.String({ minLength: 1 }),
})
export const SwitchAccountParams = Type.Object({
  accountId: Type.String({ minLength: 1 }),
  userId: Type.String({ minLength: 1 }),
})

const AssistantRef = Type.Object({
  id: s(),
  email: s(),
  can_manage_host_private_event: b(),
})

export const AddAssistantsBody = Type.Object({ assistants: Type.Array(AssistantRef, { minItems: 1, maxItems: 30 }) })

export const AddAssistantsResponse = Type.Object({ ids: s(), add_at: s() })

export const AssistantsList = Type.Object({ assistants: list(AssistantRef) })

export const SchedulersList = Type.Object({
  schedulers: list(Type.Object({ id: s(), email: s(), pmi: i() })),
})

export const CollaborationDevice = Type.Object({
  id: s(),
  device_name: s(),
  room_name: s(),
  room_user_id: s(),
  adapter_version: s(),
  sdk_version: s(),
  device_system: s(),
  status: o(e(['Online', 'Offline'] as const)),
})

export const CollaborationDeviceList = Type.Object({
  total_records: i(),
  collaboration_devices: list(CollaborationDevice),
})

export const SwitchAccountBody = Type.Object({ account_id: Type.String({ minLength: 1 }) })

export const FEATURE_TYPES = [
  'user_type',
  'concurrent_meeting',
  'large_meeting',
  'webinar',
  'zoom_events',
  'zoom_whiteboard',
  'plan_united_type',
  'zoom_one_type',
  'zoom_iq_for_sales',
  'zoom_revenue_accelerator',
  'zoom_clips_plus',
] as const
export type FeatureType = (typeof FEATURE_TYPES)[number]

export const FAIL_REASONS = [
  'Users not found',
  'Have upcoming events',
  'Unpaid user',
  'Not enough seats',
  "Can't update for Zoom One users",
  "Can't update for free users",
  "Can't update for Zoom United users",
  "Can't update for Zoom Room users",
  'Not allowed to add basic users',
  "Can't update for non-SSO users",
  'No need to update',
] as const
export type FailReason = (typeof FAIL_REASONS)[number]

export const BulkFeatureBody = Type.Object({
  feature_type: e(FEATURE_TYPES),
  feature_value: Type.String(),
  subscription_id: s(),
  users: Type.Array(Type.Object({ id: s(), email: s() }), { minItems: 1, maxItems: 30 }),
  license_info_list: list(
    Type.Object({
      license_type: e(['MEETING', 'ZOOM_WORKPLACE_BUNDLE'] as const),
      license_option: Type.Integer(),
      subscription_id: Type.String(),
    }),
  ),
})

export const BulkFeatureResponse = Type.Object({
  success_user_ids: strings(),
  fail_details: list(Type.Object({ user_ids: strings(), reason: o(e(FAIL_REASONS)) })),
})
