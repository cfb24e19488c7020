import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update registration questions: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrantQuestionUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/registrants/questions',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarRegistrantQuestionUpdate is declared but not written yet')
  },
})
