import { defineOperation } from '../../http/operation.js'
import { RecordingRegistrants } from '../../domain/cloud-recording/registrants.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RegistrationQuestionsOut } from '../../schemas/meetings/schemas-registrants.js'

// Get registration questions: the form people fill in to register for an on-demand recording.
export default defineOperation({
  id: 'recordingRegistrantsQuestionsGet',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings/registrants/questions',
  params: MeetingIdParams,
  success: { status: 200, schema: RegistrationQuestionsOut },
  async handle({ params, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    return svc.use(RecordingRegistrants).questions(r)
  },
})
