import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Upload a webinar's branding Virtual Background: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'uploadWebinarBrandingVB',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('uploadWebinarBrandingVB is declared but not written yet')
  },
})
