import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { SurveyService } from '../../domain/meetings/surveys.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

export default defineOperation({
  id: 'deleteMeetingSurvey',
  method: 'DELETE',
  path: '/meetings/{meetingId}/survey',
  params: MeetingIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(SurveyService).delete(m)
  },
})
