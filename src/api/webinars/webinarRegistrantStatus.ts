import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update registrant's status: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrantStatus',
  method: 'PUT',
  path: '/webinars/{webinarId}/registrants/status',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarRegistrantStatus is declared but not written yet')
  },
})
