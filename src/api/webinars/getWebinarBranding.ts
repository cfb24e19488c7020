import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get webinar's session branding: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'getWebinarBranding',
  method: 'GET',
  path: '/webinars/{webinarId}/branding',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('getWebinarBranding is declared but not written yet')
  },
})
