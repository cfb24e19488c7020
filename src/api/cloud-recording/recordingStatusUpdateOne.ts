import { defineOperation } from '../../http/operation.js'
import { recoverRecording } from '../../domain/cloud-recording/trash.js'
import { RecordingFileParams, RecordingRecoverBody } from '../../schemas/cloud-recording/trash.js'

export default defineOperation({
  id: 'recordingStatusUpdateOne',
  method: 'PUT',
  path: '/meetings/{meetingId}/recordings/{recordingId}/status',
  params: RecordingFileParams,
  body: RecordingRecoverBody,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await recoverRecording(svc, actor, params.meetingId, params.recordingId)
  },
})
