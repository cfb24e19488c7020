import { defineOperation } from '../../http/operation.js'
import { RecordingRegistrants } from '../../domain/cloud-recording/registrants.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingRegistrantBody, RecordingRegistrantCreated } from '../../schemas/cloud-recording/registrants.js'

// Create a recording registrant: registers someone to view an on-demand recording.
export default defineOperation({
  id: 'meetingRecordingRegistrantCreate',
  method: 'POST',
  path: '/meetings/{meetingId}/recordings/registrants',
  params: MeetingIdParams,
  body: RecordingRegistrantBody,
  success: { status: 201, schema: RecordingRegistrantCreated },
  async handle({ params, body, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    return svc.use(RecordingRegistrants).register(r, body)
  },
})
