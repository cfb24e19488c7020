import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import type { TestServer } from '../helpers/server.js'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Post-meeting feedback dashboards through the Accounts SDK', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('reads a webinar’s answers, the daily satisfaction and the reasons', async () => {
    const on = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { in_meeting: { feedback: true, post_meeting_feedback: true } },
    })
    assert.equal(on.status, 204)
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        webinar: { create: { userId: 'me', topic: 'SDK survey', type: 5 } },
        duration_minutes: 20,
        participants: [
          { name: 'Host', email: t.seed.ownerEmail, role: 'host', join_offset_minutes: 0 },
          {
            name: 'Ann',
            role: 'attendee',
            join_offset_minutes: 1,
            stay_minutes: 5,
            feedback: { satisfied: false, reasons: ['Screen share did not start'], comment: 'Blank screen' },
          },
          { name: 'Ben', role: 'attendee', join_offset_minutes: 2, feedback: { satisfied: true } },
        ],
      },
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const dashboards = accountsClient(t.origin, token).endpoints.dashboards

    // A UUID goes into the path encoded (twice when it holds a slash), as Zoom asks of every client.
    const answers = await dashboards.getPostWebinarFeedback({
      path: { webinarId: encodeURIComponent(encodeURIComponent(uuid)) },
      query: { type: 'past' },
    })
    assert.equal(answers.statusCode, 200)
    assert.deepEqual(
      answers.data?.participants?.map((p) => [p.quality, p.comment]),
      [
        ['NOT GOOD', 'Blank screen'],
        ['GOOD', ''],
      ],
    )

    const today = day(t.clock.now())
    const sat = await dashboards.listClientMeetingSatisfaction({ query: { from: today, to: today } })
    assert.equal(sat.data?.client_satisfaction?.[0]?.good_count, 1)
    assert.equal(sat.data?.client_satisfaction?.[0]?.not_good_count, 1)
    assert.equal(sat.data?.client_satisfaction?.[0]?.none_count, 1)

    const reasons = await dashboards.listZoomMeetingsClientFeedback({ query: { from: today, to: today } })
    const share = reasons.data?.client_feedbacks?.find((r) => r.feedback_name === 'Screen share did not start')
    assert.equal(share?.participants_count, 1)
    const who = await dashboards.getZoomMeetingsClientFeedback({
      path: { feedbackId: str(share?.feedback_id) },
      query: { from: today, to: today },
    })
    assert.equal(who.data?.client_feedback_details?.[0]?.participant_name, 'Ann')

    const events = (await outboxEvents(t, 'webinar.participant_feedback')).filter((e) => e.payload.object.uuid === uuid)
    assert.equal(events.length, 2)
  })
})
