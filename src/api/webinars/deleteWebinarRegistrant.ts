import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Delete a webinar registrant: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'deleteWebinarRegistrant',
  method: 'DELETE',
  path: '/webinars/{webinarId}/registrants/{registrantId}',
  params: Type.Object({ webinarId: Type.String(), registrantId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('deleteWebinarRegistrant is declared but not written yet')
  },
})
