import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Delete a webinar's branding Virtual Backgrounds: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'deleteWebinarBrandingVB',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/virtual_backgrounds',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('deleteWebinarBrandingVB is declared but not written yet')
  },
})
