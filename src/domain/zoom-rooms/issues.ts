/** The devices a Zoom Room is made of, as the issue texts and the device list name them. */
export const ZOOM_ROOM_DEVICE_TYPES = ['Zoom Rooms Computer', 'Controller', 'Scheduling Display'] as const
export type ZoomRoomDeviceType = (typeof ZOOM_ROOM_DEVICE_TYPES)[number]

export const ROOM_OFFLINE = 'Zoom room is offline'

/**
 * The problems a room reports, in Zoom's words (the dashboards' issue list), with the text Zoom shows when each
 * clears. The per-device forms exist once for each device type.
 */
const perDevice = ZOOM_ROOM_DEVICE_TYPES.flatMap((name) => [
  [`${name} battery is low`, `${name} battery is normal`],
  [`${name} disconnected`, `${name} connected`],
  [`${name} is not charging`, `${name} battery is normal`],
])
export const ZOOM_ROOM_ISSUE_RECOVERY: ReadonlyMap<string, string> = new Map([
  ['Room Controller disconnected', 'Room Controller connected'],
  ['Selected camera has disconnected', 'Selected camera is reconnected'],
  ['Selected microphone has disconnected', 'Selected microphone is reconnected'],
  ['Selected speaker has disconnected', 'Selected speaker is reconnected'],
  [ROOM_OFFLINE, 'Zoom room is online'],
  ['High CPU usage is detected', ''],
  ['Low bandwidth network is detected', ''],
  ...(perDevice as Array<[string, string]>),
])

export const ZOOM_ROOM_ISSUES: readonly string[] = [...ZOOM_ROOM_ISSUE_RECOVERY.keys()]

/** Open issues that leave a room unusable make it critical; any other open issue is a warning. */
export function roomHealth(open: readonly string[]): string {
  if (open.length === 0) return 'healthy'
  return open.some((i) => i === ROOM_OFFLINE || i.endsWith('disconnected')) ? 'critical' : 'warning'
}
