import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List registration questions: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarRegistrantsQuestionsGet',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants/questions',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarRegistrantsQuestionsGet is declared but not written yet')
  },
})
