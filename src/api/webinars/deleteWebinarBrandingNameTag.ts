import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Delete a webinar's branding name tag: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'deleteWebinarBrandingNameTag',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/name_tags',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('deleteWebinarBrandingNameTag is declared but not written yet')
  },
})
