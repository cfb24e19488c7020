import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Dashboard meeting and webinar rows through the Accounts SDK', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const sim = (id: number, path: string, body?: unknown) =>
    t.call('POST', `/sim/meetings/${id}${path}`, { token, body })

  it('lists and reads live and ended meetings and webinars', async () => {
    const dashboards = accountsClient(t.origin, token).endpoints.dashboards
    const window = { from: day(t.clock.now()), to: day(t.clock.now()) }
    const id = await createMeeting(t, token, { topic: 'SDK rows', type: 2, start_time: '2026-12-10T10:00:00Z' })
    await sim(id, '/start')
    await sim(id, '/participants', { email: t.seed.ownerEmail })
    t.clock.advance(MIN)
    const live = await dashboards.listMeetings({ query: window })
    assert.equal(live.statusCode, 200)
    const row = live.data?.meetings?.find((m) => m.id === id)
    assert.equal(row?.topic, 'SDK rows')
    assert.equal(row?.duration, '01:00')
    await sim(id, '/end')
    const ended = await dashboards.getMeetingDetails({ path: { meetingId: String(id) }, query: { type: 'pastOne' } })
    assert.equal(ended.statusCode, 200)
    assert.equal(ended.data?.uuid, row?.uuid)

    const webinarId = await createWebinar(t, token, { topic: 'SDK web', type: 5, start_time: '2026-12-12T10:00:00Z' })
    await sim(webinarId, '/start')
    const webinars = await dashboards.listWebinars({ query: window })
    assert.ok(webinars.data?.webinars?.some((w) => w.id === webinarId))
    const detail = await dashboards.getWebinarDetails({ path: { webinarId: String(webinarId) } })
    assert.equal(detail.statusCode, 200)
    assert.equal(detail.data?.topic, 'SDK web')
  })
})
