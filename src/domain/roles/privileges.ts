// Privilege names a role may hold, in Zoom's `Area:Read` / `Area:Edit` form. Some areas have only one of the two.
const READ_EDIT = [
  'User',
  'Role',
  'Group',
  'AccountProfile',
  'AccountSetting',
  'WebinarSetting',
  'Recording',
  'SubAccount',
  'ZoomRooms',
  'DigitalSignage',
  'IMGroups',
  'IMSetting',
  'BillingSubscription',
  'BillingInformation',
]
const READ_ONLY = ['RecordingContent', 'IMChatHistory', 'Dashboard']
const EDIT_ONLY = ['IMChatBot']

export const PRIVILEGES: readonly string[] = [
  ...READ_EDIT.flatMap((area) => [`${area}:Read`, `${area}:Edit`]),
  ...READ_ONLY.map((area) => `${area}:Read`),
  ...EDIT_ONLY.map((area) => `${area}:Edit`),
]

const KNOWN = new Set(PRIVILEGES)

/** The first name that is not a privilege, if any. */
export function unknownPrivilege(names: readonly string[]): string | undefined {
  return names.find((n) => !KNOWN.has(n))
}

/** Holding `Area:Edit` implies `Area:Read` (Zoom's role editor ticks both); the result is in the list's order, once each. */
export function normalizePrivileges(names: readonly string[]): string[] {
  const chosen = new Set(names)
  for (const n of names) {
    const [area, level] = n.split(':')
    if (level === 'Edit' && KNOWN.has(`${area}:Read`)) chosen.add(`${area}:Read`)
  }
  return PRIVILEGES.filter((p) => chosen.has(p))
}
