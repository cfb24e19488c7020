import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List webinar registrants: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrants',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarRegistrants is declared but not written yet')
  },
})
