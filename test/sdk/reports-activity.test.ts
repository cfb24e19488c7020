import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

const CHOICE = { name: 'Which track?', type: 'single', answers: ['Cloud', 'Edge'] }

// A meeting and a webinar with one question and one vote each, read through the reports client.
let t: TestServer
let client: ReturnType<typeof meetingsClient>
const held = { meeting: { id: 0, uuid: '' }, webinar: { id: 0, uuid: '' } }

before(async () => {
  const started = await startWithOwner()
  t = started.t
  client = meetingsClient(t.origin, started.token)
  const attendee = {
    name: 'Ivy',
    join_offset_minutes: 2,
    qa: [{ offset_minutes: 4, question: 'Recorded?', answers: [{ by: 'Host', offset_minutes: 5, answer: 'Yes.' }] }],
    votes: [{ poll: 'Track', offset_minutes: 6, answers: [{ question: 'Which track?', answer: 'Edge' }] }],
  }
  for (const kind of ['meeting', 'webinar'] as const) {
    const played = await t.call('POST', '/sim/scenarios', {
      token: started.token,
      body: {
        [kind]: { create: { userId: 'me', topic: `SDK ${kind}`, ...(kind === 'meeting' ? { type: 2 } : {}) } },
        duration_minutes: 20,
        polls: [{ title: 'Track', questions: [CHOICE] }],
        participants: [{ name: 'Host', user_id: started.ownerId, join_offset_minutes: 0 }, attendee],
      },
    })
    assert.equal(played.status, 200, played.text)
    held[kind] = { id: Number(played.body.id), uuid: str(played.body.uuid) }
  }
})
after(() => t.close())

it('getMeetingQAReport and getWebinarQAReport', async () => {
  const api = client.endpoints.reports
  const meeting = await api.getMeetingQAReport({ path: { meetingId: String(held.meeting.id) } })
  const webinar = await api.getWebinarQAReport({ path: { webinarId: encodeURIComponent(held.webinar.uuid) } })
  for (const [res, want] of [
    [meeting, held.meeting],
    [webinar, held.webinar],
  ] as const) {
    assert.equal(res.statusCode, 200)
    assert.deepEqual([res.data?.id, res.data?.uuid], [want.id, want.uuid])
    const asker = res.data?.questions?.[0]
    assert.equal(asker?.name, 'Ivy')
    const detail = asker?.question_details?.[0]
    assert.deepEqual([detail?.question, detail?.answer, detail?.question_status], ['Recorded?', 'Yes.', 'answered'])
    assert.equal(detail?.answer_details?.[0]?.type, 'host_answered_publicly')
  }
})

it('getMeetingPollReports and getWebinarPollReports', async () => {
  const api = client.endpoints.reports
  const meeting = await api.getMeetingPollReports({ path: { meetingId: held.meeting.id } })
  const webinar = await api.getWebinarPollReports({ path: { webinarId: String(held.webinar.id) } })
  for (const res of [meeting, webinar]) {
    assert.equal(res.statusCode, 200)
    const voter = res.data?.questions?.[0]
    assert.equal(voter?.name, 'Ivy')
    assert.deepEqual(
      voter?.question_details?.map((d) => [d.question, d.answer]),
      [['Which track?', 'Edge']],
    )
    assert.equal(typeof voter?.question_details?.[0]?.polling_id, 'string')
  }
})

it('refuses a free account (400/200) and an unknown instance (404/3001)', async () => {
  const api = client.endpoints.reports
  await rejectsWith(api.getMeetingQAReport({ path: { meetingId: '99999999999' } }), 404, 3001)
  await rejectsWith(api.getWebinarPollReports({ path: { webinarId: '99999999999' } }), 404, 3001)
  const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
  const freeApi = meetingsClient(t.origin, await free.token()).endpoints.reports
  await rejectsWith(freeApi.getMeetingPollReports({ path: { meetingId: held.meeting.id } }), 400, 200)
  await rejectsWith(freeApi.getWebinarQAReport({ path: { webinarId: String(held.webinar.id) } }), 400, 200)
})
