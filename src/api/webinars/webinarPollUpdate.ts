import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update a webinar poll: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPollUpdate',
  method: 'PUT',
  path: '/webinars/{webinarId}/polls/{pollId}',
  params: Type.Object({ webinarId: Type.String(), pollId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarPollUpdate is declared but not written yet')
  },
})
