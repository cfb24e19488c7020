import { defineOperation } from '../../http/operation.js'
import { RecordingPlays } from '../../domain/cloud-recording/plays.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { pageTotals } from '../../domain/paging.js'
import { MeetingIdParams } from '../../schemas/cloud-recording/schemas.js'
import { AnalyticsDetailsOut, AnalyticsDetailsQuery } from '../../schemas/cloud-recording/recording-analytics.js'

export default defineOperation({
  id: 'getMeetingRecordingsAnalyticsDetails',
  method: 'GET',
  path: '/meetings/{meetingId}/recordings/analytics_details',
  params: MeetingIdParams,
  query: AnalyticsDetailsQuery,
  success: { status: 200, schema: AnalyticsDetailsOut },
  async handle({ params, query, actor, svc }) {
    const plays = svc.use(RecordingPlays)
    const w = plays.window(query)
    const r = await svc.use(CloudRecordings).resolve(actor, params.meetingId)
    const action = query.type === 'by_download' ? 'download' : 'view'
    const page = await plays.details(actor.accountId, r.meeting_id, w, action, query)
    return {
      from: w.from,
      to: w.to,
      ...pageTotals(page),
      analytics_details: page.items,
    }
  },
})
