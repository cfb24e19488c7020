import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { SurveyService } from '../../domain/meetings/surveys.js'
import { defineOperation } from '../../http/operation.js'
import { SurveyOut } from '../../schemas/meetings/schemas-polls.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

export default defineOperation({
  id: 'getMeetingSurvey',
  method: 'GET',
  path: '/meetings/{meetingId}/survey',
  params: MeetingIdParams,
  success: { status: 200, schema: SurveyOut },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return svc.use(SurveyService).get(m)
  },
})
