import { Type } from 'typebox'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { ParticipantFeedback } from '../../domain/dashboards/feedback.js'
import { MeetingInstances } from '../../domain/meetings/instances.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { hydrateInstance } from '../../domain/meetings/participants.js'
import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { SimParticipantParams } from '../../schemas/simulator/schemas.js'
import { isoSeconds } from '../../util/time.js'

const SimFeedbackBody = Type.Object({
  satisfied: Type.Boolean(),
  reasons: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  comment: Type.Optional(Type.String()),
})

const SimFeedbackOut = Type.Object({
  participant_id: Type.String(),
  satisfied: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  comment: Type.String(),
  date_time: Type.String(),
})

// A participant who left a meeting (in progress or ended) answers its end-of-meeting survey: meeting.participant_feedback.
export default defineOperation({
  id: 'simParticipantFeedback',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/participants/{participantId}/feedback',
  summary: { en: 'Simulate: a participant answers the feedback survey', zh: '模拟：参会者回答反馈调查' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimParticipantParams,
  body: SimFeedbackBody,
  success: { status: 201, schema: SimFeedbackOut },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId, { kind: 'any' })
    const instances = svc.use(MeetingInstances)
    // The survey shows when a participant leaves, so it may be answered after the meeting has ended too: the
    // instance in progress, else the one that ended last.
    const ended = m.status === 'started' ? undefined : await instances.repo.latestEnded(m.account_id, m.id, m.kind)
    if (m.status !== 'started' && !ended) throw errors.meetingNotStarted(m.id)
    const instance = ended ? hydrateInstance(ended) : await instances.live(m)
    const row = await svc.use(ParticipantFeedback).answer(instance, params.participantId, body)
    return {
      participant_id: row.participant_uuid,
      satisfied: row.satisfied === 1,
      reasons: body.satisfied ? [] : [...new Set(body.reasons ?? [])],
      comment: row.comment,
      date_time: isoSeconds(row.answered_at),
    }
  },
})
