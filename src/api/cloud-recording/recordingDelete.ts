import { defineOperation } from '../../http/operation.js'
import { deleteRecording } from '../../domain/cloud-recording/trash.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingDeleteQuery } from '../../schemas/cloud-recording/trash.js'

export default defineOperation({
  id: 'recordingDelete',
  method: 'DELETE',
  path: '/meetings/{meetingId}/recordings',
  params: MeetingIdParams,
  query: RecordingDeleteQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    await deleteRecording(svc, actor, params.meetingId, query.action ?? 'trash')
  },
})
