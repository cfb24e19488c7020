import { defineOperation } from '../../http/operation.js'
import { RecordingRegistrants } from '../../domain/cloud-recording/registrants.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { numberedPage } from '../../domain/paging.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { RecordingRegistrantList, RecordingRegistrantsQuery } from '../../schemas/cloud-recording/registrants.js'

// List recording registrants of a meeting's on-demand recordings, by status (approved unless asked), page by page.
export default defineOperation({
  id: 'meetingRecordingRegistrants',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings/registrants',
  params: MeetingIdParams,
  query: RecordingRegistrantsQuery,
  success: { status: 200, schema: RecordingRegistrantList },
  async handle({ params, query, actor, svc }) {
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    const page = await svc.use(RecordingRegistrants).list(r, query)
    return {
      ...numberedPage(page),
      registrants: page.items,
    }
  },
})
