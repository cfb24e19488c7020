import { defineOperation } from '../../http/operation.js'
import { getCollaborationDevice } from '../../domain/users/devices.js'
import { CollaborationDevice, DeviceParams } from '../../schemas/users/schemas-relations.js'

// Get collaboration device detail.
export default defineOperation({
  id: 'getCollaborationDevice',
  method: 'GET',
  path: '/users/{userId}/collaboration_devices/{collaborationDeviceId}',
  params: DeviceParams,
  success: { status: 200, schema: CollaborationDevice },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return getCollaborationDevice(svc, user, params.collaborationDeviceId)
  },
})
