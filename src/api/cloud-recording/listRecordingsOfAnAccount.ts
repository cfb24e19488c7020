import { defineOperation } from '../../http/operation.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'
import { RecordingListOut, RecordingListQuery } from '../../schemas/cloud-recording/lists.js'

// List recordings of an account — every host's cloud recordings (of the caller's account or a sub account).
export default defineOperation({
  id: 'listRecordingsOfAnAccount',
  method: 'GET',
  path: '/accounts/{accountId}/recordings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: RecordingListQuery,
  success: { status: 200, schema: RecordingListOut },
  async handle({ query, actor, svc }) {
    const recordings = svc.use(CloudRecordings)
    await recordings.requireCloudRecording(actor.accountId)
    return recordings.list(actor, undefined, query)
  },
})
