import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarRegistrationQuestions } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Update registration questions — a list sent replaces that list of the form; one left out stays.
export default defineOperation({
  id: 'webinarRegistrantQuestionUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/registrants/questions',
  params: WebinarIdParams,
  body: WebinarRegistrationQuestions,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    await core.updateQuestions(w, body)
  },
})
