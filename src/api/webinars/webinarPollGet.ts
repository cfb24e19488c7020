import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get a webinar poll: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPollGet',
  method: 'GET',
  path: '/webinars/{webinarId}/polls/{pollId}',
  params: Type.Object({ webinarId: Type.String(), pollId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarPollGet is declared but not written yet')
  },
})
