import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get live stream details: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'getWebinarLiveStreamDetails',
  method: 'GET',
  path: '/webinars/{webinarId}/livestream',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('getWebinarLiveStreamDetails is declared but not written yet')
  },
})
