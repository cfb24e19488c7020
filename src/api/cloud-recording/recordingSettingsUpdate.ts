import { defineOperation } from '../../http/operation.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { updateRecordingSettings } from '../../domain/cloud-recording/settings.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingSettingsBody } from '../../schemas/cloud-recording/settings.js'

// Update meeting recording settings: only the members given change; a new topic emits recording.renamed.
export default defineOperation({
  id: 'recordingSettingsUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}/recordings/settings',
  params: MeetingIdParams,
  body: RecordingSettingsBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    await updateRecordingSettings(svc, actor, r, body)
  },
})
