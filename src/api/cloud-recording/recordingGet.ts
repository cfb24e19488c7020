import { defineOperation } from '../../http/operation.js'
import { errors } from '../../errors/catalog.js'
import { CloudRecordings, DOWNLOAD_TOKEN_TTL_S } from '../../domain/cloud-recording/recordings.service.js'
import { presentRecording } from '../../domain/cloud-recording/model.js'
import { MeetingIdParams, RecordingGetOut, RecordingGetQuery } from '../../schemas/cloud-recording/schemas.js'

export default defineOperation({
  id: 'recordingGet',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings',
  params: MeetingIdParams,
  query: RecordingGetQuery,
  success: { status: 200, schema: RecordingGetOut },
  async handle({ params, query, actor, svc }) {
    const recordings = svc.use(CloudRecordings)
    const r = await recordings.resolve(actor, params.meetingId)
    const files = (await recordings.files(r)).filter((f) => f.trashed_at === null)
    // Everything in the trash: only the trash list shows it.
    if (r.status === 'completed' && !files.length) throw errors.recordingNotFound()
    const out = presentRecording(r, actor.accountId, files, recordings.urls)
    const fields = (query.include_fields ?? '').split(',').map((x) => x.trim())
    if (!fields.includes('download_access_token')) return out
    return {
      ...out,
      download_access_token: await recordings.downloadToken(r.account_id, r.uuid, query.ttl ?? DOWNLOAD_TOKEN_TTL_S),
    }
  },
})
