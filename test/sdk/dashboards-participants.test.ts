import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000

describe('Dashboard participants through the Accounts SDK', () => {
  let t: TestServer
  let token: string
  const sim = (id: number, path: string, body?: unknown) =>
    t.call('POST', `/sim/meetings/${id}${path}`, { token, body })
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('reads live and past meeting rows, sharing details and webinar rows', async () => {
    const dashboards = accountsClient(t.origin, token).endpoints.dashboards
    const id = await createMeeting(t, token, { topic: 'SDK dash', type: 2, start_time: '2026-12-10T10:00:00Z' })
    await sim(id, '/start')
    const bea = (await sim(id, '/participants', { name: 'Bea' })).body
    t.clock.advance(MIN)
    await sim(id, '/share', { participant_id: str(bea.participant_id), action: 'start', content: 'application' })
    const live = await dashboards.listMeetingParticipants({ path: { meetingId: String(id) } })
    assert.equal(live.statusCode, 200)
    assert.equal(live.data?.participants?.[0]?.user_name, 'Bea')
    assert.equal(live.data?.participants?.[0]?.share_application, true)
    t.clock.advance(MIN)
    await sim(id, '/end')
    const sharing = await dashboards.getMeetingSharingRecordingDetails({
      path: { meetingId: String(id) },
      query: { type: 'past' },
    })
    assert.equal(sharing.data?.participants?.[0]?.details?.[0]?.content, 'application')

    const webinarId = await createWebinar(t, token, { topic: 'W', type: 5, start_time: '2026-12-12T10:00:00Z' })
    await sim(webinarId, '/start')
    await sim(webinarId, '/participants', { name: 'Cy', role: 'attendee' })
    t.clock.advance(MIN)
    await sim(webinarId, '/end')
    const web = await dashboards.getWebinarParticipants({
      path: { webinarId: String(webinarId) },
      query: { type: 'past' },
    })
    assert.equal(web.data?.total_records, 1)
    assert.equal(web.data?.participants?.[0]?.leave_reason, 'Host ended the webinar.')
    const webShare = await dashboards.getWebinarSharingRecordingDetails({
      path: { webinarId: String(webinarId) },
      query: { type: 'past' },
    })
    assert.deepEqual(webShare.data?.participants?.[0]?.details, [])
  })
})
