import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Create a webinar's branding name tag: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'createWebinarBrandingNameTag',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/name_tags',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('createWebinarBrandingNameTag is declared but not written yet')
  },
})
