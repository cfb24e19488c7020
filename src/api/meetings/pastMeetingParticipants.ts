import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { MeetingInstances } from '../../domain/meetings/instances.js'
import { MeetingParticipants } from '../../domain/meetings/participants.js'
import { pageCounts } from '../../domain/paging.js'
import { defineOperation } from '../../http/operation.js'
import { PastMeetingIdParams, PastParticipantsOut, PastParticipantsQuery } from '../../schemas/meetings/schemas-past.js'

// Get past meeting participants — one entry per session (a rejoin is another entry), paid accounts only.
export default defineOperation({
  id: 'pastMeetingParticipants',
  method: 'GET',
  path: '/past_meetings/{meetingId}/participants',
  params: PastMeetingIdParams,
  query: PastParticipantsQuery,
  success: { status: 200, schema: PastParticipantsOut },
  async handle({ params, query, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    const instances = svc.use(MeetingInstances)
    const instance = await instances.past(actor, params.meetingId)
    const page = await instances.pastParticipants(instance, query)
    const participants = svc.use(MeetingParticipants)
    return {
      ...pageCounts(page),
      participants: page.items.map((s) => participants.presentPast(s)),
    }
  },
})
