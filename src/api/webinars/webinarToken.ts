import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get webinar's token: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarToken',
  method: 'GET',
  path: '/webinars/{webinarId}/token',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarToken is declared but not written yet')
  },
})
