import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { DeviceRow } from '../../store/users.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson } from '../../util/json.js'
import { must } from '../../util/must.js'
import type { User } from './user.service.js'

// Collaboration devices are Zoom Rooms a user is signed in to. Zoom's API only reads them; they appear when a
// device signs in, which here is `addCollaborationDevice` (tests, simulator).

export interface CollaborationDeviceFields {
  device_name?: string
  room_name?: string
  room_user_id?: string
  adapter_version?: string
  sdk_version?: string
  device_system?: string
  status?: 'Online' | 'Offline'
}

export interface CollaborationDevice extends CollaborationDeviceFields {
  id: string
}

function present(row: DeviceRow): CollaborationDevice {
  const d = parseJson<CollaborationDeviceFields>(row.data)
  return {
    id: row.id,
    device_name: d.device_name ?? '',
    room_name: d.room_name ?? '',
    room_user_id: d.room_user_id ?? '',
    adapter_version: d.adapter_version,
    sdk_version: d.sdk_version,
    device_system: d.device_system,
    status: d.status ?? 'Offline',
  }
}

/** Records a device the user signed in to; returns it as the API shows it. */
export async function addCollaborationDevice(
  svc: Services,
  accountId: string,
  userId: string,
  fields: CollaborationDeviceFields & { id?: string } = {},
): Promise<CollaborationDevice> {
  const { id = zoomId(), ...data } = fields
  await svc.users.repo.addDevice({
    id,
    account_id: accountId,
    user_id: userId,
    created_at: svc.clock.now(),
    data: JSON.stringify(data),
  })
  return present(must(await svc.users.repo.device(accountId, userId, id), 'the device just inserted'))
}

export async function listCollaborationDevices(svc: Services, user: User): Promise<CollaborationDevice[]> {
  return (await svc.users.repo.devices(user.account_id, user.id)).map(present)
}

export async function getCollaborationDevice(svc: Services, user: User, id: string): Promise<CollaborationDevice> {
  const row = await svc.users.repo.device(user.account_id, user.id, id)
  if (!row) throw errors.collaborationDeviceNotFound(id)
  return present(row)
}
