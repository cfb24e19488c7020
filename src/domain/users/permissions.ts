import type { User } from './user.service.js'

// Privileges of the three built-in roles, in Zoom's `Resource:Read|Edit` form. The owner holds every one; the
// admin role lacks billing changes and sub-account management; a member only hosts and joins meetings.

const rw = (...resources: string[]) => resources.flatMap((r) => [`${r}:Read`, `${r}:Edit`])

const OWNER_PRIVILEGES = [
  ...rw(
    'AccountProfile',
    'AccountSetting',
    'BillingInformation',
    'BillingSubscription',
    'Branding',
    'CallInContacts',
    'CrossHybrid',
    'Group',
    'IMGroups',
    'IMSetting',
    'Integration',
    'LyncConnector',
    'MarketPlace',
    'MeetingConnector',
    'Recording',
    'Role',
    'RoomConnector',
    'Security',
    'SingleSignOn',
    'SubAccount',
    'ThirdPartyConference',
    'User',
    'WebinarSetting',
    'ZoomDevelopers',
    'ZoomRooms',
  ),
  'Dashboard:Read',
  'IMChatBot:Edit',
  'IMChatHistory:Read',
  'Meeting:Edit',
  'Meeting:Join',
  'PbxAdmin:Read',
  'UsageReport:Read',
  'UserActivitiesReport:Read',
]

const OWNER_ONLY = new Set(['BillingInformation:Edit', 'BillingSubscription:Edit', 'SubAccount:Edit'])

const MEMBER_PRIVILEGES: readonly string[] = ['Meeting:Edit', 'Meeting:Join']

export const ROLE_PRIVILEGES: Record<string, readonly string[]> = {
  '0': OWNER_PRIVILEGES,
  '1': OWNER_PRIVILEGES.filter((p) => !OWNER_ONLY.has(p)),
  '2': MEMBER_PRIVILEGES,
}

/** GET /users/{userId}/permissions: the privileges of the user's role (an unknown role counts as Member). */
export function userPermissions(user: User): string[] {
  return [...(ROLE_PRIVILEGES[user.role_id] ?? MEMBER_PRIVILEGES)]
}
