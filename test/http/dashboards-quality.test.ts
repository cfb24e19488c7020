import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, obj, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const DAY = 86_400_000
const RANK: Record<string, number> = { good: 4, fair: 3, poor: 2, bad: 1 }
const GRADES = ['good', 'fair', 'poor', 'bad']
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Quality scores and alerts', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string, tk = token) => t.call('GET', `/v2${path}`, { token: tk })
  const sim = (path: string, body?: unknown) => t.call('POST', `/sim${path}`, { token, body })
  const window = () => `from=${day(t.clock.now() - DAY)}&to=${day(t.clock.now())}`
  /** Every meeting played here, with its dashboard participants and row. */
  const played: Array<{ id: number; row: Json; people: Json[] }> = []

  const play = async (scenario: Json) => {
    const res = await sim('/scenarios', scenario)
    assert.equal(res.status, 200, res.text)
    const id = num(res.body.id)
    const row = await get(`/metrics/meetings/${id}?type=past`)
    assert.equal(row.status, 200, row.text)
    const people = await get(`/metrics/meetings/${id}/participants?type=past&page_size=300`)
    assert.equal(people.status, 200, people.text)
    const entry = { id, row: row.body, people: items(people.body.participants) }
    played.push(entry)
    return entry
  }

  describe("Lin's Wi-Fi degrades at minute 2", () => {
    let meeting: { id: number; row: Json; people: Json[] }
    before(async () => {
      meeting = await play({
        meeting: { create: { topic: 'Weekly sync', type: 2 } },
        duration_minutes: 12,
        participants: [
          {
            name: 'Owner',
            user_id: ownerId,
            device: 'Mac',
            network_type: 'Wired',
            join_offset_minutes: 0,
            share: [{ start_offset_minutes: 1, minutes: 3 }],
          },
          {
            name: 'Lin',
            device: 'Windows',
            network_type: 'Wifi',
            join_offset_minutes: 0,
            leave_offset_minutes: 6,
            rejoins: [{ join_offset_minutes: 7 }],
            network_issues: [{ from_offset_minutes: 2, severity: 'poor' }],
          },
          { name: 'Caller', device: 'Phone', network_type: 'Wired', join_offset_minutes: 5, leave_offset_minutes: 9 },
        ],
      })
    })

    it('grades the degraded participant worse than the wired one, per session', () => {
      const owner = find(meeting.people, (p) => p.user_name === 'Owner')
      const lin = meeting.people.filter((p) => p.user_name === 'Lin')
      assert.equal(lin.length, 2)
      assert.equal(owner.audio_quality, 'good')
      assert.equal(owner.video_quality, 'good')
      assert.equal(owner.screen_share_quality, 'good')
      for (const session of lin) {
        assert.ok(RANK[str(session.audio_quality)] < RANK.good, `Lin audio ${String(session.audio_quality)}`)
        assert.ok(RANK[str(session.video_quality)] < RANK[str(owner.video_quality)])
      }
      // Lin saw the owner's share only in the first session; the rejoin never saw one.
      assert.ok(GRADES.includes(str(lin[0]?.screen_share_quality)))
      assert.equal(lin[1]?.screen_share_quality, '')
      const caller = find(meeting.people, (p) => p.user_name === 'Caller')
      assert.equal(caller.audio_quality, 'good')
      assert.equal(caller.video_quality, '')
      assert.equal(caller.screen_share_quality, '')
    })

    it('grades the instance from the mean over all its sessions', async () => {
      assert.ok(GRADES.includes(str(meeting.row.audio_quality)))
      assert.ok(RANK[str(meeting.row.audio_quality)] < RANK.good, 'degraded minutes pull the meeting down')
      assert.ok(GRADES.includes(str(meeting.row.screen_share_quality)))
      const list = await get(`/metrics/meetings?type=past&${window()}`)
      const row = find(items(list.body.meetings), (m) => m.id === meeting.id)
      assert.equal(row.audio_quality, meeting.row.audio_quality)
      assert.equal(row.video_quality, meeting.row.video_quality)
      assert.equal(row.screen_share_quality, meeting.row.screen_share_quality)
    })

    it('alerts once per session per issue, with rivet’s issue texts', async () => {
      const uuid = str(meeting.row.uuid)
      const alerts = (await outboxEvents(t, 'meeting.alert')).filter((e) => obj(e.payload.object).uuid === uuid)
      assert.ok(alerts.length > 0)
      const issues = alerts.flatMap((e) => obj(e.payload.object).issues as string[])
      // Two degraded sessions (Lin and her rejoin) each raise unstable audio and video exactly once.
      assert.equal(issues.filter((i) => i === 'Unstable audio quality').length, 2)
      assert.equal(issues.filter((i) => i === 'Unstable video quality').length, 2)
      for (const issue of issues)
        assert.ok(
          [
            'Unstable audio quality',
            'Unstable video quality',
            'Unstable screen share quality',
            'High CPU occupation',
          ].includes(issue),
        )
      const first = obj(alerts[0]?.payload.object)
      assert.equal(first.id, String(meeting.id))
      assert.equal(first.topic, 'Weekly sync')
    })
  })

  it('a clean meeting grades good and raises no alert', async () => {
    const clean = await play({
      meeting: { create: { topic: 'Clean call', type: 2 } },
      duration_minutes: 5,
      participants: [
        { name: 'Owner', user_id: ownerId, device: 'Mac', network_type: 'Wired', join_offset_minutes: 0 },
        { name: 'Ann', device: 'Windows', network_type: 'Wired', join_offset_minutes: 0 },
      ],
    })
    assert.equal(clean.row.audio_quality, 'good')
    assert.equal(clean.row.video_quality, 'good')
    assert.equal(clean.row.screen_share_quality, undefined)
    const uuid = str(clean.row.uuid)
    const alerts = (await outboxEvents(t, 'meeting.alert')).filter((e) => obj(e.payload.object).uuid === uuid)
    assert.equal(alerts.length, 0)
  })

  it('the join op degrades a live participant from now on', async () => {
    const created = await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Live', type: 1 } })
    const id = num(created.body.id)
    assert.equal((await sim(`/meetings/${id}/start`)).status, 200)
    refused(
      await sim(`/meetings/${id}/participants`, {
        name: 'Nope',
        network_issues: [{ from_offset_minutes: 0, severity: 'awful' }],
      }),
      400,
      300,
    )
    const lin = await sim(`/meetings/${id}/participants`, {
      name: 'Lin',
      device: 'Mac',
      network_type: 'Wired',
      network_issues: [{ from_offset_minutes: 0, severity: 'bad' }],
    })
    assert.equal(lin.status, 201, lin.text)
    const ann = await sim(`/meetings/${id}/participants`, { name: 'Ann', device: 'Mac', network_type: 'Wired' })
    t.clock.advance(4 * MIN)
    for (const p of [lin, ann])
      assert.equal(
        (await t.call('DELETE', `/sim/meetings/${id}/participants/${str(p.body.participant_id)}`, { token })).status,
        204,
      )
    const live = await get(`/metrics/meetings/${id}/participants?type=live`)
    assert.equal(live.status, 200, live.text)
    const rows = items(live.body.participants)
    assert.equal(find(rows, (r) => r.user_name === 'Lin').audio_quality, 'bad')
    assert.equal(find(rows, (r) => r.user_name === 'Ann').audio_quality, 'good')
    const row = await get(`/metrics/meetings/${id}?type=live`)
    assert.ok(GRADES.includes(str(row.body.audio_quality)))
  })

  it('validates scenario network issues', async () => {
    const res = await sim('/scenarios', {
      meeting: { create: { topic: 'Bad plan', type: 2 } },
      duration_minutes: 5,
      participants: [
        {
          name: 'Lin',
          join_offset_minutes: 0,
          network_issues: [
            { from_offset_minutes: 9, severity: 'poor' },
            { from_offset_minutes: 3, to_offset_minutes: 2, severity: 'fair' },
          ],
        },
      ],
    })
    refused(res, 400, 300)
    const fields = items(res.body.errors).map((e) => e.field)
    assert.ok(fields.includes('participants.0.network_issues.0.from_offset_minutes'))
    assert.ok(fields.includes('participants.0.network_issues.1.to_offset_minutes'))
  })

  it('GET /metrics/quality counts meetings, or join sessions, per grade', async () => {
    const count = (rows: Json[], field: string) => {
      const out: Record<string, number> = { good: 0, fair: 0, poor: 0, bad: 0 }
      for (const r of rows) {
        const g = r[field]
        if (typeof g === 'string' && g) out[g] = (out[g] ?? 0) + 1
      }
      return out
    }
    const byMeeting = await get(`/metrics/quality?${window()}`)
    assert.equal(byMeeting.status, 200, byMeeting.text)
    assert.equal(byMeeting.body.from, day(t.clock.now() - DAY))
    assert.equal(byMeeting.body.to, day(t.clock.now()))
    const live = await get(`/metrics/meetings?type=live&${window()}`)
    const rows = [...played.map((p) => p.row), ...items(live.body.meetings)]
    const q = obj(byMeeting.body.quality)
    assert.deepEqual(q.audio, count(rows, 'audio_quality'))
    assert.deepEqual(q.video, count(rows, 'video_quality'))
    assert.deepEqual(q.screen_share, count(rows, 'screen_share_quality'))

    const bySession = await get(`/metrics/quality?type=participants&${window()}`)
    assert.equal(bySession.status, 200, bySession.text)
    const liveIds = items(live.body.meetings).map((m) => num(m.id))
    const people = [...played.flatMap((p) => p.people)]
    for (const id of liveIds)
      people.push(
        ...items((await get(`/metrics/meetings/${id}/participants?type=live&page_size=300`)).body.participants),
      )
    const s = obj(bySession.body.quality)
    assert.deepEqual(s.audio, count(people, 'audio_quality'))
    assert.deepEqual(s.video, count(people, 'video_quality'))
    assert.deepEqual(s.screen_share, count(people, 'screen_share_quality'))
  })

  it('refuses a Pro account, a missing window and one older than six months', async () => {
    const pro = await makeAccount(t, { plan: 'pro', scopes: ['dashboard_home:read:admin'] })
    refused(await get(`/metrics/quality?${window()}`, await pro.token()), 400, 200)
    assert.equal((await get('/metrics/quality')).status, 400)
    assert.equal((await get(`/metrics/quality?from=${day(t.clock.now())}`)).status, 400)
    const old = day(t.clock.now() - 220 * DAY)
    refused(await get(`/metrics/quality?from=${old}&to=${old}`), 400, 300)
    const res = await get(`/metrics/quality?from=${day(t.clock.now() - 40 * DAY)}&to=${day(t.clock.now())}`)
    assert.equal(res.status, 200)
    // A window longer than a month is cut to the month before `to`.
    assert.ok(str(res.body.from) > day(t.clock.now() - 40 * DAY))
  })
})
