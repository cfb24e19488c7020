import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createWebinar, startWithToken } from '../helpers/fixtures.js'
import { must, str } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Webinar panelists and past webinars through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())
  /** Zoom's SDK webinar endpoints, with the current token. */
  const webinars = () => meetingsClient(t.origin, token).endpoints.webinars

  it('addPanelists, listPanelists, removePanelist, removeAllPanelists', async () => {
    const api = webinars()
    const webinarId = await createWebinar(t, token, { topic: 'SDK panel', password: 'sdk123' })
    const added = await api.addPanelists({
      path: { webinarId },
      body: {
        panelists: [
          { name: 'Mary Jackson', email: 'mary@example.com', name_tag_name: 'Mary', name_tag_description: 'Engineer' },
          { name: 'Dorothy Vaughan', email: 'dorothy@example.com' },
        ],
      },
    })
    assert.equal(added.statusCode, 201)
    assert.deepEqual(added.data, { id: String(webinarId), updated_at: iso(t.clock.now()) })

    const listed = await api.listPanelists({ path: { webinarId } })
    assert.equal(listed.statusCode, 200)
    assert.equal(listed.data?.total_records, 2)
    const [mary, dorothy] = must(listed.data?.panelists)
    assert.equal(mary?.name, 'Mary Jackson')
    assert.equal(mary?.name_tag_name, 'Mary')
    assert.equal(mary?.name_tag_description, 'Engineer')
    assert.equal(mary?.virtual_background_id, '')
    assert.match(str(mary?.join_url), new RegExp(`/w/${webinarId}\\?tk=[^&]+&pwd=`))
    assert.equal(dorothy?.email, 'dorothy@example.com')

    // Adding an email again renames the panelist it already is.
    await api.addPanelists({
      path: { webinarId },
      body: { panelists: [{ name: 'M. Jackson', email: 'MARY@example.com' }] },
    })
    const again = must((await api.listPanelists({ path: { webinarId } })).data)
    assert.equal(again.total_records, 2)
    assert.equal(again.panelists?.[0]?.id, mary?.id)
    assert.equal(again.panelists?.[0]?.name, 'M. Jackson')

    const removed = await api.removePanelist({ path: { webinarId, panelistId: str(mary?.id) } })
    assert.equal(removed.statusCode, 204)
    assert.deepEqual(
      (await api.listPanelists({ path: { webinarId } })).data?.panelists?.map((p) => p.email),
      ['dorothy@example.com'],
    )
    await rejectsWith(api.removePanelist({ path: { webinarId, panelistId: str(mary?.id) } }), 404, 1001)

    const cleared = await api.removeAllPanelists({ path: { webinarId } })
    assert.equal(cleared.statusCode, 204)
    assert.deepEqual((await api.listPanelists({ path: { webinarId } })).data, { total_records: 0, panelists: [] })
  })

  it('addPanelists past the meeting capacity and on an unknown webinar: Zoom’s refusals', async () => {
    const api = webinars()
    const hostId = await addUser(t, token, 'sdk-small@example.com', { webinar: 100 })
    const set = await t.call('PATCH', `/v2/users/${hostId}/settings`, {
      token,
      body: { feature: { meeting_capacity: 1 } },
    })
    assert.equal(set.status, 204, set.text)
    const webinarId = await createWebinar(t, token, { topic: 'One seat' }, hostId)
    const people = [
      { name: 'A', email: 'a@example.com' },
      { name: 'B', email: 'b@example.com' },
    ]
    await rejectsWith(
      api.addPanelists({ path: { webinarId }, body: { panelists: people } }),
      400,
      3000,
      'You have reached the limit for the number of panelists you can add. Contact Zoom Support for more information.',
    )
    assert.equal((await api.listPanelists({ path: { webinarId } })).data?.total_records, 0)
    await rejectsWith(api.listPanelists({ path: { webinarId: 99999999999 } }), 404, 3001)
  })

  it('listPastWebinarInstances and getWebinarAbsentees of a webinar held through the simulator', async () => {
    const api = webinars()
    const webinarId = await createWebinar(t, token, {
      topic: 'SDK held',
      start_time: iso(t.clock.now() + 30 * MIN),
      duration: 30,
      settings: { approval_type: 0 },
    })
    const register = async (first_name: string, email: string) =>
      str(
        (await t.call('POST', `/v2/webinars/${webinarId}/registrants`, { token, body: { first_name, email } })).body
          .registrant_id,
      )
    const came = await register('Came', 'came@example.com')
    const missed = await register('Missed', 'missed@example.com')
    const sim = (p: string, body?: unknown) => t.call('POST', `/sim/meetings/${webinarId}${p}`, { token, body })
    await rejectsWith(api.getWebinarAbsentees({ path: { webinarId: String(webinarId) } }), 404, 3001)

    const started = await sim('/start')
    const startedAt = t.clock.now()
    await sim('/participants', { name: 'Came', email: 'came@example.com', registrant_id: came })
    t.clock.advance(20 * MIN)
    await sim('/end')

    const past = await api.listPastWebinarInstances({ path: { webinarId } })
    assert.equal(past.statusCode, 200)
    assert.deepEqual(past.data, { webinars: [{ uuid: started.body.uuid, start_time: iso(startedAt) }] })

    const absent = await api.getWebinarAbsentees({ path: { webinarId: String(webinarId) }, query: { page_size: 10 } })
    assert.equal(absent.statusCode, 200)
    assert.equal(absent.data?.total_records, 1)
    assert.equal(absent.data?.page_size, 10)
    assert.equal(absent.data?.registrants?.[0]?.id, missed)
    assert.equal(absent.data?.registrants?.[0]?.first_name, 'Missed')
    assert.equal(absent.data?.registrants?.[0]?.status, 'approved')
    const byUuid = await api.getWebinarAbsentees({
      path: { webinarId: encodeURIComponent(encodeURIComponent(str(started.body.uuid))) },
    })
    assert.deepEqual(byUuid.data?.registrants, absent.data?.registrants)
  })
})
