import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get a webinar registrant: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrantGet',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants/{registrantId}',
  params: Type.Object({ webinarId: Type.String(), registrantId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarRegistrantGet is declared but not written yet')
  },
})
