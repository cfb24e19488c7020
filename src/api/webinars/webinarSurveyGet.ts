import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Get a webinar survey: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarSurveyGet',
  method: 'GET',
  path: '/webinars/{webinarId}/survey',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarSurveyGet is declared but not written yet')
  },
})
