import { SurveyService } from '../../domain/meetings/surveys.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarSurveyBody } from '../../schemas/webinars/extras.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Update a webinar survey — a custom survey or a third-party link (setting one replaces the other), shown in the
// browser when the webinar ends and, on request, linked from the follow-up email.
export default defineOperation({
  id: 'webinarSurveyUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/survey',
  params: WebinarIdParams,
  body: WebinarSurveyBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(SurveyService).update(w, body)
  },
})
