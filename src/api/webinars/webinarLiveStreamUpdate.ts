import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update a live stream: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarLiveStreamUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/livestream',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarLiveStreamUpdate is declared but not written yet')
  },
})
