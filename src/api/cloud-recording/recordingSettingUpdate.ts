import { defineOperation } from '../../http/operation.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { presentSettings } from '../../domain/cloud-recording/settings.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingSettingsOut } from '../../schemas/cloud-recording/settings.js'

// Get meeting recording settings (Zoom's operationId says "update", the method reads): sharing, passcode,
// on-demand registration and auto-delete of the meeting's latest recording, or of one instance by its UUID.
export default defineOperation({
  id: 'recordingSettingUpdate',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings/settings',
  params: MeetingIdParams,
  success: { status: 200, schema: RecordingSettingsOut },
  async handle({ params, actor, svc }) {
    return presentSettings(await svc.use(CloudRecordings).resolve(actor, params.meetingId))
  },
})
