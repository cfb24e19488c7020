import type { Generated } from 'kysely'
import type { MeetingTables } from './tables/meetings.js'
import type { AccountTables } from './tables/accounts.js'
import type { GroupTables } from './tables/groups.js'
import type { RoleTables } from './tables/roles.js'
import type { ImGroupTables } from './tables/im-groups.js'
import type { InformationBarrierTables } from './tables/information-barriers.js'
import type { TrackingFieldTables } from './tables/tracking-fields.js'
import type { WebhookTables } from './tables/webhooks.js'
import type { MeetingPollTables } from './tables/meeting-polls.js'
import type { MeetingRegistrantTables } from './tables/meeting-registrants.js'
import type { TrackingSourceTables } from './tables/tracking-sources.js'
import type { MeetingInstanceTables } from './tables/meeting-instances.js'
import type { SessionActivityTables } from './tables/session-activity.js'
import type { RecordingTables } from './tables/recordings.js'
import type { OAuthTables } from './tables/oauth.js'
import type { WebinarPanelistTables } from './tables/webinar-panelists.js'
import type { WebinarBrandingTables } from './tables/webinar-branding.js'
import type { H323DeviceTables } from './tables/h323-devices.js'
import type { TspTables } from './tables/tsp.js'
import type { SipInternalNumberTables } from './tables/sip-internal-numbers.js'
import type { SipPhoneTables } from './tables/sip-phones.js'
import type { SipTrunkTables } from './tables/sip-trunks.js'
import type { ChatActivityTables } from './tables/chat-activity.js'
import type { ZoomRoomTables } from './tables/zoom-rooms.js'
import type { ParticipantFeedbackTables } from './tables/participant-feedback.js'
import type { SimToolTables } from './tables/sim-tools.js'
import type { JoinPresenceTables } from './tables/join-presence.js'

// Rows as stored. Columns hold what queries filter or sort on; `data` holds the rest of a document as JSON text.

export interface MetaTable {
  key: string
  value: string
}

export interface AccountTable {
  seq: Generated<number>
  id: string
  master_account_id: string | null
  owner_id: string | null
  name: string
  plan: string
  status: string
  created_at: number
  data: string
}

export interface AppTable {
  seq: Generated<number>
  client_id: string
  account_id: string
  name: string
  client_secret: string
  scopes: string
  status: string
  webhook_secret_token: string
  created_by: string | null
  created_at: number
  /** s2s, user (user-managed OAuth) or admin (admin-managed OAuth). */
  app_type: Generated<string>
  /** JSON array of the redirect URIs allowed for the authorization code flow. */
  redirect_uris: Generated<string>
}

export interface AccessTokenTable {
  token_hash: string
  client_id: string
  account_id: string
  user_id: string | null
  scopes: string
  expires_at: number
  created_at: number
  /** The OAuth install the token was issued for; null for Server-to-Server tokens. */
  grant_id: string | null
}

export interface UserTable {
  seq: Generated<number>
  id: string
  account_id: string
  email: string
  status: string
  type: number
  role_id: string
  created_at: number
  data: string
  settings: string
}

export interface UserLinkTable {
  account_id: string
  user_id: string
  kind: string
  other_id: string
  created_at: number
}

export interface FileTable {
  id: string
  account_id: string
  owner_id: string
  kind: string
  name: string
  content_type: string
  size: number
  bytes: Uint8Array
  created_at: number
}

export interface DeviceTable {
  seq: Generated<number>
  id: string
  account_id: string
  user_id: string
  created_at: number
  data: string
}

export interface OutboxTable {
  seq: Generated<number>
  id: string
  account_id: string
  event: string
  event_ts: number
  body: string
  created_at: number
}

export interface Database
  extends
    MeetingTables,
    AccountTables,
    GroupTables,
    RoleTables,
    ImGroupTables,
    InformationBarrierTables,
    TrackingFieldTables,
    WebhookTables,
    MeetingPollTables,
    MeetingRegistrantTables,
    TrackingSourceTables,
    MeetingInstanceTables,
    SessionActivityTables,
    WebinarPanelistTables,
    WebinarBrandingTables,
    H323DeviceTables,
    TspTables,
    SipInternalNumberTables,
    SipPhoneTables,
    SipTrunkTables,
    ZoomRoomTables,
    ParticipantFeedbackTables,
    RecordingTables,
    ChatActivityTables,
    OAuthTables,
    SimToolTables,
    JoinPresenceTables {
  meta: MetaTable
  accounts: AccountTable
  apps: AppTable
  access_tokens: AccessTokenTable
  users: UserTable
  user_links: UserLinkTable
  files: FileTable
  collaboration_devices: DeviceTable
  outbox: OutboxTable
}
