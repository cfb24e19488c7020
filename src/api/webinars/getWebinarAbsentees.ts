import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get webinar absentees: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'getWebinarAbsentees',
  method: 'GET',
  path: '/past_webinars/{webinarId}/absentees',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('getWebinarAbsentees is declared but not written yet')
  },
})
