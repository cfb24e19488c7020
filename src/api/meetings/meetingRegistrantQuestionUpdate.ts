import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import { RegistrationQuestionsBody } from '../../schemas/meetings/schemas-registrants.js'

// Update registration questions — each list sent replaces the form's list of that kind; later registrations must
// answer what is required.
export default defineOperation({
  id: 'meetingRegistrantQuestionUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}/registrants/questions',
  params: MeetingIdParams,
  body: RegistrationQuestionsBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    await registrants.updateQuestions(meeting, body)
  },
})
