import { defineOperation } from '../../http/operation.js'
import { listCollaborationDevices } from '../../domain/users/devices.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { CollaborationDeviceList } from '../../schemas/users/schemas-relations.js'

// List a user's collaboration devices — not paginated: every device in one answer.
export default defineOperation({
  id: 'listCollaborationDevices',
  method: 'GET',
  path: '/users/{userId}/collaboration_devices',
  params: UserIdParams,
  success: { status: 200, schema: CollaborationDeviceList },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const devices = await listCollaborationDevices(svc, user)
    return { total_records: devices.length, collaboration_devices: devices }
  },
})
