import { defineOperation } from '../../http/operation.js'
import { RecordingRegistrants } from '../../domain/cloud-recording/registrants.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RegistrationQuestionsBody } from '../../schemas/meetings/schemas-registrants.js'

// Update registration questions of an on-demand recording: each list given replaces the one stored.
export default defineOperation({
  id: 'recordingRegistrantQuestionUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}/recordings/registrants/questions',
  params: MeetingIdParams,
  body: RegistrationQuestionsBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    await svc.use(RecordingRegistrants).updateQuestions(r, body)
  },
})
