// The device a participant's session reports, named as Zoom names it.

/** Computers, mobiles and browsers running the Zoom client: the devices the simulator picks for a participant. */
export const CLIENT_DEVICES = ['Windows', 'Mac', 'iOS', 'Android', 'Web', 'Linux'] as const
export type ClientDevice = (typeof CLIENT_DEVICES)[number]

/** Zoom Rooms join as participants of their own kind; the dashboard counts them apart. */
export const ROOM_DEVICE = 'Zoom Rooms'
/** A registered H.323/SIP room system. */
export const ROOM_SYSTEM_DEVICE = 'H.323/SIP'
/** A participant on the phone only. */
export const PHONE_DEVICE = 'Phone'

/** Every device a session may report: the simulator's joins take them all, though it never picks the last three. */
export const SESSION_DEVICES = [...CLIENT_DEVICES, ROOM_SYSTEM_DEVICE, ROOM_DEVICE, PHONE_DEVICE] as const

/** Devices that join without a Zoom client: they have no client version and bring no computer audio. */
export const CLIENTLESS_DEVICES: ReadonlySet<string> = new Set([PHONE_DEVICE, ROOM_SYSTEM_DEVICE])

export const isClientDevice = (device: string): device is ClientDevice =>
  (CLIENT_DEVICES as readonly string[]).includes(device)
