import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Create a webinar template: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'createAWebinarTemplate',
  method: 'POST',
  path: '/users/{userId}/webinar_templates',
  params: Type.Object({ userId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('createAWebinarTemplate is declared but not written yet')
  },
})
