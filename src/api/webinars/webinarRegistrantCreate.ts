import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Add a webinar registrant: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrantCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/registrants',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('webinarRegistrantCreate is declared but not written yet')
  },
})
