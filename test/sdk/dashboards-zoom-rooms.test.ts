import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import type { TestServer } from '../helpers/server.js'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Zoom Rooms dashboards through the Accounts SDK', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('lists rooms, reads one, and reads the issue dashboards', async () => {
    const dashboards = accountsClient(t.origin, token).endpoints.dashboards
    const made = await t.call('POST', '/sim/zoom_rooms', {
      token,
      body: { room_name: 'SDK room', devices: [{ device_type: 'Controller', ip: '10.2.0.9' }] },
    })
    assert.equal(made.status, 201)
    const zoomroomId = str(made.body.id)
    const raised = await t.call('POST', `/sim/zoom_rooms/${zoomroomId}/issues`, {
      token,
      body: { issue: 'Zoom room is offline' },
    })
    assert.equal(raised.status, 201)
    const window = { from: day(t.clock.now()), to: day(t.clock.now()) }

    const list = await dashboards.listZoomRooms({ query: { page_size: 10 } })
    assert.equal(list.statusCode, 200)
    const row = list.data?.zoom_rooms?.find((r) => r.id === zoomroomId)
    assert.equal(row?.status, 'Offline')
    assert.equal(row?.device_ip, 'Controller : 10.2.0.9')
    assert.deepEqual(row?.issues, ['Zoom room is offline'])

    const detail = await dashboards.getZoomRoomsDetails({ path: { zoomroomId }, query: window })
    assert.equal(detail.statusCode, 200)
    assert.equal(detail.data?.room_name, 'SDK room')
    assert.equal(detail.data?.past_meetings?.total_records, 0)

    const top = await dashboards.getTopIssuesOfZoomRooms({ query: window })
    assert.deepEqual(top.data?.issues, [{ issue_name: 'Zoom room is offline', zoom_rooms_count: 1 }])
    const rooms = await dashboards.getTopZoomRoomsWithIssues({ query: window })
    assert.deepEqual(rooms.data?.zoom_rooms, [{ id: zoomroomId, room_name: 'SDK room', issues_count: 1 }])
    const issues = await dashboards.getIssuesOfZoomRooms({ path: { zoomroomId }, query: window })
    assert.equal(issues.statusCode, 200)
    assert.equal(issues.data?.issue_details?.[0]?.issue, 'Zoom room is offline')
    assert.equal(issues.data?.issue_details?.[0]?.time, raised.body.started_at)
  })
})
