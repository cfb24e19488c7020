import { SurveyService } from '../../domain/meetings/surveys.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

export default defineOperation({
  id: 'webinarSurveyDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/survey',
  params: WebinarIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(SurveyService).delete(w)
  },
})
