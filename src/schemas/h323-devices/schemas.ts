import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, list, numberedPageHead, o, pageNumber, pageSize, s } from '../kit.js'

// H.323/SIP room devices, as Zoom's 2022 reference describes the device object.

export const DEVICE_PROTOCOLS = ['H.323', 'SIP'] as const
export const DEVICE_ENCRYPTIONS = ['auto', 'yes', 'no'] as const

/** Longest display name Zoom takes. */
export const DEVICE_NAME_MAX = 64
/** Longest address this server takes (a host name is at most 253 characters). */
export const DEVICE_ADDRESS_MAX = 255

const Name = Type.String({ minLength: 1, maxLength: DEVICE_NAME_MAX })
const Address = Type.String({ minLength: 1, maxLength: DEVICE_ADDRESS_MAX })

export const DeviceIdParams = Type.Object({ deviceId: Type.String({ minLength: 1 }) })

export const CreateDeviceBody = Type.Object({
  name: Name,
  protocol: e(DEVICE_PROTOCOLS),
  ip: Address,
  encryption: e(DEVICE_ENCRYPTIONS),
})

/** Zoom's reference sends the whole device; any subset is taken here, and what is left out keeps its value. */
export const UpdateDeviceBody = Type.Object({
  name: o(Name),
  protocol: o(e(DEVICE_PROTOCOLS)),
  ip: o(Address),
  encryption: o(e(DEVICE_ENCRYPTIONS)),
})

export const ListDevicesQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
  page_number: pageNumber(),
})

export const Device = Type.Object({
  id: s(),
  name: s(),
  protocol: o(e(DEVICE_PROTOCOLS)),
  ip: s(),
  encryption: o(e(DEVICE_ENCRYPTIONS)),
})

export const ListDevicesResponse = Type.Object({
  ...numberedPageHead(),
  devices: list(Device),
})
