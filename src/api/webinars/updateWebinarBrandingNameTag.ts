import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update a webinar's branding name tag: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'updateWebinarBrandingNameTag',
  method: 'PATCH',
  path: '/webinars/{webinarId}/branding/name_tags/{nameTagId}',
  params: Type.Object({ webinarId: Type.String(), nameTagId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('updateWebinarBrandingNameTag is declared but not written yet')
  },
})
