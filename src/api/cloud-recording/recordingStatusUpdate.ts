import { defineOperation } from '../../http/operation.js'
import { recoverRecording } from '../../domain/cloud-recording/trash.js'
import { MeetingUuidParams, RecordingRecoverBody } from '../../schemas/cloud-recording/trash.js'

export default defineOperation({
  id: 'recordingStatusUpdate',
  method: 'PUT',
  path: '/meetings/{meetingUUID}/recordings/status',
  params: MeetingUuidParams,
  body: RecordingRecoverBody,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await recoverRecording(svc, actor, params.meetingUUID)
  },
})
