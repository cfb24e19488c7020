import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List a webinar's polls: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPolls',
  method: 'GET',
  path: '/webinars/{webinarId}/polls',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarPolls is declared but not written yet')
  },
})
