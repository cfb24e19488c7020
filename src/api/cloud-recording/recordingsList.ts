import { defineOperation } from '../../http/operation.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { UserIdParams } from '../../schemas/meetings/schemas.js'
import { RecordingListOut, RecordingListQuery } from '../../schemas/cloud-recording/lists.js'

// List all recordings — one user's cloud recordings whose meetings started in a window of at most a month.
export default defineOperation({
  id: 'recordingsList',
  method: 'GET',
  path: '/users/{userId}/recordings',
  params: UserIdParams,
  query: RecordingListQuery,
  success: { status: 200, schema: RecordingListOut },
  async handle({ params, query, actor, svc }) {
    const recordings = svc.use(CloudRecordings)
    await recordings.requireCloudRecording(actor.accountId)
    const user = await svc.users.resolve(actor, params.userId)
    return recordings.list(actor, user.id, query)
  },
})
