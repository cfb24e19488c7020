import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List webinar templates: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'listWebinarTemplates',
  method: 'GET',
  path: '/users/{userId}/webinar_templates',
  params: Type.Object({ userId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('listWebinarTemplates is declared but not written yet')
  },
})
