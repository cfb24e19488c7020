import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get webinar tracking sources: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'getTrackingSources',
  method: 'GET',
  path: '/webinars/{webinarId}/tracking_sources',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('getTrackingSources is declared but not written yet')
  },
})
