import { defineOperation } from '../../http/operation.js'
import { RecordingPlays } from '../../domain/cloud-recording/plays.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { AnalyticsSummaryOut, AnalyticsSummaryQuery } from '../../schemas/cloud-recording/recording-analytics.js'

export default defineOperation({
  id: 'getMeetingRecordingsAnalyticsSummary',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings/analytics_summary',
  params: MeetingIdParams,
  query: AnalyticsSummaryQuery,
  success: { status: 200, schema: AnalyticsSummaryOut },
  async handle({ params, query, actor, svc }) {
    const plays = svc.use(RecordingPlays)
    const w = plays.window(query)
    // An instance UUID names its meeting: analytics cover every recording of the meeting number.
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    return { from: w.from, to: w.to, analytics_summary: await plays.summary(actor.accountId, r.meeting_id, w) }
  },
})
