import { RegistrantService, type WebinarQuestionType } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarRegistrationQuestions } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// List registration questions — the standard fields the webinar's form shows or requires, and its custom questions.
export default defineOperation({
  id: 'webinarRegistrantsQuestionsGet',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants/questions',
  params: WebinarIdParams,
  success: { status: 200, schema: WebinarRegistrationQuestions },
  async handle({ params, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    return core.questions<WebinarQuestionType>(w)
  },
})
