import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update live stream status: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarLiveStreamStatusUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/livestream/status',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarLiveStreamStatusUpdate is declared but not written yet')
  },
})
