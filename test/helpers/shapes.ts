// The reply bodies the tests read field by field, as the tests expect them (see `Full` in json.ts): the fields a
// test uses are named and typed; any other field still reads as `unknown`, for value assertions.
import type { Json, Page, Settings } from './json.js'

export interface Occurrence {
  occurrence_id: string
  start_time: string
  duration: number
  status: string
  [key: string]: unknown
}

export interface Meeting {
  id: number
  uuid: string
  host_id: string
  host_email: string
  topic: string
  type: number
  status: string
  start_time: string
  duration: number
  timezone: string
  agenda: string
  created_at: string
  password: string
  h323_password: string
  pstn_password: string
  encrypted_password: string
  join_url: string
  start_url: string
  registration_url: string
  occurrences: Occurrence[]
  recurrence: Json
  settings: Json
  tracking_fields: { field: string; value: string; visible?: boolean }[]
  [key: string]: unknown
}

export interface Webinar {
  id: number
  uuid: string
  host_id: string
  host_email: string
  topic: string
  type: number
  start_time: string
  duration: number
  timezone: string
  agenda: string
  password: string
  encrypted_passcode: string
  h323_passcode: string
  join_url: string
  start_url: string
  occurrences: Occurrence[]
  settings: Json
  [key: string]: unknown
}

export interface WebinarList extends Page {
  webinars: Webinar[]
}

export interface MeetingList extends Page {
  meetings: Meeting[]
}

/** What adding a registrant returns: `id` is the meeting's. */
export interface RegistrantAdded {
  id: number
  registrant_id: string
  topic: string
  start_time: string
  join_url: string
  participant_pin_code: number
  occurrences: Occurrence[]
  [key: string]: unknown
}

export interface Registrant {
  id: string
  registrant_id: string
  email: string
  first_name: string
  last_name: string
  status: string
  join_url: string
  create_time: string
  participant_pin_code: number
  custom_questions: { title: string; value: string }[]
  [key: string]: unknown
}

export interface RegistrantList extends Page {
  registrants: Registrant[]
}

/** `payload.object` of the meeting.registration_* events. */
export interface RegistrationObject {
  id: number
  uuid: string
  registrant: Registrant
  registrants: Registrant[]
  occurrences: Occurrence[]
  [key: string]: unknown
}

/** A JSON Schema as the OpenAPI document gives it. */
export interface JsonSchema {
  type?: string
  enum?: unknown[]
  default?: unknown
  properties: Record<string, JsonSchema>
  [key: string]: unknown
}

export interface OpenApiOperation {
  operationId: string
  tags: string[]
  parameters: { name: string; in: string; schema: JsonSchema }[]
  responses: Record<string, { content: Record<string, { schema: JsonSchema }> }>
  security: unknown[]
  servers?: { url: string }[]
  'x-scopes': string[]
  'x-summary-en': string
  'x-summary-zh': string
  [key: string]: unknown
}

/** /openapi.json */
export interface OpenApiDoc {
  openapi: string
  servers: { url: string }[]
  tags: { name: string; description?: string }[]
  paths: Record<string, Record<string, OpenApiOperation>>
  webhooks: Record<string, { post: OpenApiOperation }>
  [key: string]: unknown
}

export interface User {
  id: string
  email: string
  first_name: string
  last_name: string
  display_name: string
  type: number
  status: string
  role_id: string
  role_name: string
  pmi: number
  timezone: string
  dept: string
  created_at: string
  user_created_at: string
  group_ids: string[]
  pic_url: string
  [key: string]: unknown
}

export interface UserList extends Page {
  users: User[]
}

export interface AuthenticationOption {
  id: string
  name: string
  type: string
  visible: boolean
  default_option: boolean
  domains: string
  [key: string]: unknown
}

/** The settings document for `option=meeting_authentication` or `option=recording_authentication`. */
export interface AuthenticationSettings {
  authentication_options: AuthenticationOption[]
  [key: string]: unknown
}

/** The simulator's answer about a participant who joined. */
export interface SimParticipant {
  participant_id: string
  name: string
  [key: string]: unknown
}

/** The simulator's answer about an instance (started or ended). */
export interface SimInstance {
  id: number
  uuid: string
  start_time: string
  end_time: string
  participants: SimParticipant[]
  [key: string]: unknown
}

export interface ParticipantList extends Page {
  participants: Json[]
}

/** `payload.object` of the meeting.participant_* events. */
export interface ParticipantObject {
  id: number | string
  uuid: string
  participant: EventParticipant
  [key: string]: unknown
}

export interface EventParticipant {
  id: string
  user_id: string
  user_name: string
  participant_uuid: string
  email: string
  join_time: string
  leave_time: string
  leave_reason: string
  sharing_details: Json
  [key: string]: unknown
}

export interface EventSubscription {
  event_subscription_id: string
  event_subscription_name: string
  event_webhook_url: string
  subscription_scope: string
  events: string[]
  [key: string]: unknown
}

export interface EventSubscriptionList extends Page {
  event_subscriptions: EventSubscription[]
}

export interface WebhookLogList extends Page {
  webhook_logs: Json[]
}

/** `payload.object` of the *.settings_updated and *.lock_settings_updated events. */
export interface SettingsObject {
  id: string
  settings: Settings
  [key: string]: unknown
}

export interface SubAccount {
  id: string
  account_name: string
  owner_email: string
  account_type: string
  seats: number
  account_number: number
  [key: string]: unknown
}

export interface AccountList extends Page {
  accounts: SubAccount[]
}
