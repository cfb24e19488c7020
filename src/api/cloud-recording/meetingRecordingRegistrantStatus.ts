import { defineOperation } from '../../http/operation.js'
import { RecordingRegistrants } from '../../domain/cloud-recording/registrants.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingRegistrantStatusBody } from '../../schemas/cloud-recording/registrants.js'

// Update registrant's status: approve or deny registrants of an on-demand recording.
export default defineOperation({
  id: 'meetingRecordingRegistrantStatus',
  method: 'PUT',
  path: '/meetings/{meetingId}/recordings/registrants/status',
  params: MeetingIdParams,
  body: RecordingRegistrantStatusBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    await svc.use(RecordingRegistrants).updateStatus(actor, r, body.action, body.registrants)
  },
})
