import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Set webinar's default branding Virtual Background: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'setWebinarBrandingVB',
  method: 'PATCH',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('setWebinarBrandingVB is declared but not written yet')
  },
})
