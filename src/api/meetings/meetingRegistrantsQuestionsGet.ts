import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import { RegistrationQuestionsOut } from '../../schemas/meetings/schemas-registrants.js'

// List registration questions — the standard fields the form shows (and requires) and its custom questions.
export default defineOperation({
  id: 'meetingRegistrantsQuestionsGet',
  method: 'GET',
  path: '/meetings/{meetingId}/registrants/questions',
  params: MeetingIdParams,
  success: { status: 200, schema: RegistrationQuestionsOut },
  async handle({ params, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    return registrants.questions(meeting)
  },
})
