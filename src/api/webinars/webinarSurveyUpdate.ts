import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Update a webinar survey: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarSurveyUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/survey',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarSurveyUpdate is declared but not written yet')
  },
})
