import { defineOperation } from '../../http/operation.js'
import { deleteRecording } from '../../domain/cloud-recording/trash.js'
import { RecordingDeleteQuery, RecordingFileParams } from '../../schemas/cloud-recording/trash.js'

export default defineOperation({
  id: 'recordingDeleteOne',
  method: 'DELETE',
  path: '/meetings/{meetingId}/recordings/{recordingId}',
  params: RecordingFileParams,
  query: RecordingDeleteQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    await deleteRecording(svc, actor, params.meetingId, query.action ?? 'trash', params.recordingId)
  },
})
