import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { apiError } from '../helpers/rivet.js'
import { must, num, str } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Past meetings and in-meeting controls through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let client: ReturnType<typeof meetingsClient>
  let meetingId: number
  let uuid: string
  let startedAt: number

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    client = meetingsClient(t.origin, token)
    // A meeting held through the simulator: two participants, one of whom rejoins, 30 minutes.
    const m = (
      await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: 'Held', type: 2, start_time: iso(t.clock.now()), duration: 30 },
      })
    ).body
    meetingId = num(m.id)
    uuid = str(m.uuid)
    const sim = (path: string, body?: unknown, method = 'POST') =>
      t.call(method, `/sim/meetings/${m.id}${path}`, { token, body })
    await sim('/start')
    startedAt = t.clock.now()
    const a = (await sim('/participants', { name: 'Alba', email: t.seed.ownerEmail })).body
    await sim('/participants', { name: 'Bo' })
    t.clock.advance(10 * MIN)
    await sim(`/participants/${a.participant_id}`, undefined, 'DELETE')
    t.clock.advance(5 * MIN)
    await sim('/participants', { participant_id: a.participant_id })
    // Recording through Zoom's own in-meeting controls.
    const control = await client.endpoints.meetings.useInMeetingControls({
      path: { meetingId: String(m.id) },
      body: { method: 'recording.start' },
    })
    assert.equal(control.statusCode, 202)
    t.clock.advance(15 * MIN)
    await sim('/end')
  })
  after(() => t.close())

  it('getPastMeetingDetails by id and by UUID', async () => {
    const api = client.endpoints.meetings
    const byId = await api.getPastMeetingDetails({ path: { meetingId: String(meetingId) } })
    assert.equal(byId.statusCode, 200)
    assert.equal(byId.data?.uuid, uuid)
    assert.equal(byId.data?.id, meetingId)
    assert.equal(byId.data?.duration, 30)
    assert.equal(byId.data?.participants_count, 2)
    // Alba 10 + 15 minutes, Bo 30.
    assert.equal(byId.data?.total_minutes, 55)
    assert.equal(byId.data?.start_time, iso(startedAt))
    assert.equal(byId.data?.end_time, iso(startedAt + 30 * MIN))
    assert.equal(byId.data?.topic, 'Held')
    const byUuid = await api.getPastMeetingDetails({
      path: { meetingId: encodeURIComponent(encodeURIComponent(uuid)) },
    })
    assert.deepEqual(byUuid.data, byId.data)
  })

  it('listPastMeetingInstances', async () => {
    const res = await client.endpoints.meetings.listPastMeetingInstances({ path: { meetingId } })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.data, { meetings: [{ uuid, start_time: iso(startedAt) }] })
  })

  it('getPastMeetingParticipants, page by page', async () => {
    const api = client.endpoints.meetings
    const first = await api.getPastMeetingParticipants({
      path: { meetingId: String(meetingId) },
      query: { page_size: 2 },
    })
    assert.equal(first.statusCode, 200)
    assert.equal(first.data?.total_records, 3)
    assert.deepEqual(
      first.data?.participants?.map((p) => [p.name, p.duration, p.user_email]),
      [
        ['Alba', 600, t.seed.ownerEmail],
        ['Bo', 1800, ''],
      ],
    )
    assert.ok(first.data?.next_page_token)
    const second = await api.getPastMeetingParticipants({
      path: { meetingId: String(meetingId) },
      query: { page_size: 2, next_page_token: must(first.data).next_page_token },
    })
    assert.deepEqual(
      second.data?.participants?.map((p) => [p.name, p.join_time, p.leave_time, p.duration]),
      [['Alba', iso(startedAt + 15 * MIN), iso(startedAt + 30 * MIN), 900]],
    )
    assert.equal(second.data?.next_page_token, '')
  })

  it('useInMeetingControls on a meeting that is not live, and errors rivet surfaces', async () => {
    const api = client.endpoints.meetings
    await assert.rejects(
      api.useInMeetingControls({ path: { meetingId: String(meetingId) }, body: { method: 'recording.stop' } }),
      (e) => {
        const err = apiError(e)
        assert.deepEqual([err.status, err.code, err.message], [400, 300, 'Meeting does not exist.'])
        return true
      },
    )
    await assert.rejects(api.getPastMeetingDetails({ path: { meetingId: '12345678901' } }), (e) => {
      const err = apiError(e)
      assert.deepEqual([err.status, err.code], [404, 3001])
      return true
    })
  })
})
