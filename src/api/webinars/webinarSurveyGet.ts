import { SurveyService } from '../../domain/meetings/surveys.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarSurveyOut } from '../../schemas/webinars/extras.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

export default defineOperation({
  id: 'webinarSurveyGet',
  method: 'GET',
  path: '/webinars/{webinarId}/survey',
  params: WebinarIdParams,
  success: { status: 200, schema: WebinarSurveyOut },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return svc.use(SurveyService).get(w)
  },
})
