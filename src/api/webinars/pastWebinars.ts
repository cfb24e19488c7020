import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List past webinar instances: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'pastWebinars',
  method: 'GET',
  path: '/past_webinars/{webinarId}/instances',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('pastWebinars is declared but not written yet')
  },
})
