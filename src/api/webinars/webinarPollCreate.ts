import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Create a webinar's poll: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPollCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/polls',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('webinarPollCreate is declared but not written yet')
  },
})
