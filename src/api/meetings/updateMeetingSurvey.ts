import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { SurveyService } from '../../domain/meetings/surveys.js'
import { defineOperation } from '../../http/operation.js'
import { SurveyBody } from '../../schemas/meetings/schemas-polls.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Update a meeting survey — a custom survey or a third-party survey link; setting one replaces the other.
export default defineOperation({
  id: 'updateMeetingSurvey',
  method: 'PATCH',
  path: '/meetings/{meetingId}/survey',
  params: MeetingIdParams,
  body: SurveyBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(SurveyService).update(m, body)
  },
})
