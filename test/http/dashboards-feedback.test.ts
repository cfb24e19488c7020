import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, refused, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Post-meeting feedback dashboards over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', '/v2' + path, { token })
  const surveyOn = async (on: boolean) => {
    const res = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { in_meeting: { feedback: on, post_meeting_feedback: on } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  it('takes answers from a scenario and counts them on every dashboard', async () => {
    await surveyOn(true)
    const scenario = {
      meeting: { create: { userId: 'me', topic: 'Survey', type: 2 } },
      duration_minutes: 30,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0, feedback: { satisfied: true } },
        {
          name: 'Bea',
          join_offset_minutes: 1,
          leave_offset_minutes: 10,
          feedback: { satisfied: false, reasons: ['Audio echo', 'Video was frozen'], comment: 'Echo all along' },
        },
        { name: 'Cid', join_offset_minutes: 2, feedback: { satisfied: false, reasons: ['Audio echo'] } },
        { name: 'Dot', join_offset_minutes: 3 },
      ],
    }
    const played = await t.call('POST', '/sim/scenarios', { token, body: scenario })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const id = Number(played.body.id)

    const res = await get(`/metrics/meetings/${encodeURIComponent(uuid)}/participants/satisfaction?type=past`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const rows = items(res.body.participants)
    assert.equal(rows.length, 3)
    assert.deepEqual(
      rows.map((r) => r.quality),
      ['NOT GOOD', 'GOOD', 'NOT GOOD'],
    )
    assert.equal(rows[0].comment, 'Echo all along')
    assert.equal(rows[1].email, t.seed.ownerEmail)

    const today = day(t.clock.now())
    const sat = await get(`/metrics/client/satisfaction?from=${today}&to=${today}`)
    assert.equal(sat.status, 200, JSON.stringify(sat.body))
    const d = items(sat.body.client_satisfaction)[0]
    assert.ok(d)
    assert.equal(d.good_count, 1)
    assert.equal(d.not_good_count, 2)
    assert.equal(d.none_count, 1)
    assert.equal(d.satisfaction_percent, 50)

    const fb = await get(`/metrics/client/feedback?from=${today}&to=${today}`)
    assert.equal(fb.status, 200)
    const echo = find(items(fb.body.client_feedbacks), (r) => r.feedback_name === 'Audio echo')
    assert.equal(echo.participants_count, 2)
    const frozen = find(items(fb.body.client_feedbacks), (r) => r.feedback_name === 'Video was frozen')
    assert.equal(frozen.participants_count, 1)

    const page1 = await get(`/metrics/client/feedback/${str(echo.feedback_id)}?from=${today}&to=${today}&page_size=1`)
    assert.equal(page1.status, 200)
    const first = items(page1.body.client_feedback_details)
    assert.equal(first.length, 1)
    assert.equal(first[0]?.participant_name, 'Bea')
    assert.equal(first[0]?.meeting_id, String(id))
    const page2 = await get(
      `/metrics/client/feedback/${str(echo.feedback_id)}?from=${today}&to=${today}&page_size=1&next_page_token=${str(page1.body.next_page_token)}`,
    )
    assert.equal(items(page2.body.client_feedback_details)[0]?.participant_name, 'Cid')
    assert.equal(page2.body.next_page_token, '')
    const unknown = await get(`/metrics/client/feedback/999?from=${today}&to=${today}`)
    assert.equal(unknown.status, 200)
    assert.deepEqual(unknown.body.client_feedback_details, [])

    const events = (await outboxEvents(t, 'meeting.participant_feedback')).filter((e) => e.payload.object.uuid === uuid)
    assert.equal(events.length, 3)
    const bea = events.find((e) => (e.payload.object.participant as { user_name: string }).user_name === 'Bea')
    assert.deepEqual((bea?.payload.object.participant as { feedback: unknown }).feedback, {
      satisfied: false,
      feedback_details: [
        { id: '2', name: 'Audio echo' },
        { id: '7', name: 'Video was frozen' },
      ],
      comments: 'Echo all along',
    })
  })

  it('takes a live answer once the participant has left, and refuses bad ones', async () => {
    await surveyOn(true)
    const id = await createMeeting(t, token, { topic: 'Live survey', type: 1 })
    const sim = (step: string, body?: unknown, method = 'POST') =>
      t.call(method, `/sim/meetings/${id}${step}`, { token, body })
    await sim('/start')
    const amy = (await sim('/participants', { name: 'Amy' })).body
    const pid = str(amy.participant_id)
    refused(await sim(`/participants/${pid}/feedback`, { satisfied: true }), 400, 300)
    t.clock.advance(5 * MIN)
    await sim(`/participants/${pid}`, undefined, 'DELETE')
    const bad = await sim(`/participants/${pid}/feedback`, { satisfied: false, reasons: ['Bad vibes'] })
    refused(bad, 400, 300)
    refused(await sim(`/participants/${pid}/feedback`, { satisfied: true, reasons: ['Audio echo'] }), 400, 300)
    refused(await sim(`/participants/${pid}/feedback`, {}), 400, 300)
    const ok = await sim(`/participants/${pid}/feedback`, { satisfied: false, reasons: ['Meeting disconnected'] })
    assert.equal(ok.status, 201, JSON.stringify(ok.body))
    refused(await sim(`/participants/${pid}/feedback`, { satisfied: true }), 400, 300)
    const live = await get(`/metrics/meetings/${id}/participants/satisfaction`)
    assert.equal(live.status, 200, JSON.stringify(live.body))
    assert.equal(items(live.body.participants)[0]?.quality, 'NOT GOOD')
    await sim('/end')

    await surveyOn(false)
    const other = await createMeeting(t, token, { topic: 'No survey', type: 1 })
    await t.call('POST', `/sim/meetings/${other}/start`, { token })
    const bo = str(
      (await t.call('POST', `/sim/meetings/${other}/participants`, { token, body: { name: 'Bo' } })).body
        .participant_id,
    )
    await t.call('DELETE', `/sim/meetings/${other}/participants/${bo}`, { token })
    refused(
      await t.call('POST', `/sim/meetings/${other}/participants/${bo}/feedback`, { token, body: { satisfied: true } }),
      400,
      300,
    )
  })

  it('takes answers with a signed-in host present, and after the meeting has ended', async () => {
    await surveyOn(true)
    const id = await createMeeting(t, token, {
      topic: 'Signed in',
      type: 2,
      start_time: new Date(t.clock.now()).toISOString(),
    })
    const sim = (step: string, body?: unknown, method = 'POST') =>
      t.call(method, `/sim/meetings/${id}${step}`, { token, body })
    assert.equal((await sim('/start')).status, 200)
    const host = str((await sim('/participants', { name: 'Host', email: t.seed.ownerEmail })).body.participant_id)
    const amy = str((await sim('/participants', { name: 'Amy' })).body.participant_id)
    t.clock.advance(5 * MIN)
    await sim(`/participants/${amy}`, undefined, 'DELETE')
    // Two answers sent at once: the first is kept, the other refused as a repeat.
    const [a, b] = await Promise.all([
      sim(`/participants/${amy}/feedback`, { satisfied: true }),
      sim(`/participants/${amy}/feedback`, { satisfied: false }),
    ])
    assert.deepEqual([a.status, b.status].sort(), [201, 400], JSON.stringify([a.body, b.body]))
    await sim(`/participants/${host}`, undefined, 'DELETE')
    assert.equal((await sim('/end')).status, 200)

    // The host answers the next day, once the meeting has ended: the survey of the instance that ended last. The
    // day they left then no longer counts them as leaving without an answer.
    const left = day(t.clock.now())
    const noneOn = async () =>
      items((await get(`/metrics/client/satisfaction?from=${left}&to=${left}`)).body.client_satisfaction)[0]?.none_count
    const before = Number(await noneOn())
    t.clock.advance(24 * 60 * MIN)
    token = await t.token()
    const late = await sim(`/participants/${host}/feedback`, { satisfied: false, reasons: ['Audio echo'] })
    assert.equal(late.status, 201, JSON.stringify(late.body))
    assert.equal(await noneOn(), before - 1)
    refused(await sim(`/participants/${host}/feedback`, { satisfied: true }), 400, 300)

    const res = await get(`/metrics/meetings/${id}/participants/satisfaction?type=past`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const rows = items(res.body.participants)
    assert.equal(rows.length, 2)
    // The account user's id for the signed-in host; a guest has none.
    assert.equal(find(rows, (r) => r.email === t.seed.ownerEmail).user_id, ownerId)
    assert.equal(find(rows, (r) => r.email !== t.seed.ownerEmail).user_id, undefined)

    const events = (await outboxEvents(t, 'meeting.participant_feedback')).filter(
      (e) => String(e.payload.object.id) === String(id),
    )
    const who = events.map((e) => e.payload.object.participant as { user_name: string; participant_user_id?: string })
    assert.equal(who.length, 2)
    assert.equal(find(who, (p) => p.user_name === 'Host').participant_user_id, ownerId)
    assert.equal(find(who, (p) => p.user_name === 'Amy').participant_user_id, undefined)
  })

  it('reports a scenario survey answer at fault once per field', async () => {
    await surveyOn(true)
    const res = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'Bad survey', type: 2 } },
        duration_minutes: 10,
        participants: [
          { name: 'Eve', join_offset_minutes: 0, feedback: { satisfied: true, reasons: ['Audio echo', 'Nope'] } },
        ],
      },
    })
    refused(res, 400, 300)
    assert.deepEqual(
      items(res.body.errors)
        .map((e) => e.field)
        .sort(),
      ['participants.0.feedback.reasons', 'participants.0.feedback.reasons.1'],
    )
  })

  it('refuses windows out of range and accounts below Business', async () => {
    const old = day(t.clock.now() - 200 * 86_400_000)
    refused(await get(`/metrics/client/satisfaction?from=${old}&to=${old}`), 400, 300)
    refused(await get(`/metrics/client/feedback?from=2026-13-01`), 400, 300)
    const pro = await makeAccount(t, {
      plan: 'pro',
      scopes: [
        'dashboard_meetings:read:admin',
        'dashboard:read:admin',
        'dashboard_home:read:admin',
        'dashboard_webinars:read:admin',
      ],
    })
    const proToken = await pro.token()
    for (const path of [
      '/metrics/meetings/123456789/participants/satisfaction',
      '/metrics/webinars/123456789/participants/satisfaction',
      '/metrics/client/satisfaction',
      '/metrics/client/feedback',
      '/metrics/client/feedback/1',
    ])
      refused(await t.call('GET', `/v2${path}`, { token: proToken }), 400, 200)
  })
})
