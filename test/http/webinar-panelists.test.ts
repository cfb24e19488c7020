import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, refused, type View } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'
import type { AddPanelistsResponse, PanelistListOut } from '../../src/schemas/webinars/panelists.js'

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The claims of a join link's `tk` token (a JWT). */
function tokenClaims(joinUrl: string): Record<string, unknown> {
  const tk = new URL(joinUrl).searchParams.get('tk') ?? ''
  return JSON.parse(Buffer.from(tk.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>
}

describe('Webinar panelists over HTTP: add, list, remove one, remove all', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const path = (id: number | string) => `/v2/webinars/${id}/panelists`
  const add = (id: number | string, panelists: unknown) =>
    t.call<View<typeof AddPanelistsResponse>>('POST', path(id), { token, body: { panelists } })
  const list = async (id: number | string) => {
    const res = await t.call<View<typeof PanelistListOut>>('GET', path(id), { token })
    assert.equal(res.status, 200, res.text)
    return res.body
  }
  const webinar = (body: unknown = {}) => createWebinar(t, token, { topic: 'Panel', ...(body as object) })

  it('adds a batch: 201 with the webinar id and the time; the list shows each with a personal join link', async () => {
    const id = await webinar({ password: 'pan123' })
    const res = await add(id, [
      { name: 'Ada Lovelace', email: 'Ada@Example.com', name_tag_name: 'Ada', name_tag_pronouns: 'she/her' },
      { name: 'Alan Turing', email: 'alan@example.com', virtual_background_id: 'vb1', name_tag_id: 'nt1' },
    ])
    assert.equal(res.status, 201, res.text)
    assert.deepEqual(res.body, { id: String(id), updated_at: iso(t.clock.now()) })
    const got = await list(id)
    assert.equal(got.total_records, 2)
    const [ada, alan] = got.panelists
    assert.ok(ada && alan)
    assert.match(ada.id, /^[A-Za-z0-9_-]{22}$/)
    assert.notEqual(ada.id, alan.id)
    assert.deepEqual(
      { ...ada, id: undefined, join_url: undefined },
      {
        id: undefined,
        join_url: undefined,
        name: 'Ada Lovelace',
        email: 'Ada@Example.com',
        virtual_background_id: '',
        name_tag_id: '',
        name_tag_name: 'Ada',
        name_tag_pronouns: 'she/her',
        name_tag_description: '',
      },
    )
    assert.equal(alan.virtual_background_id, 'vb1')
    assert.equal(alan.name_tag_id, 'nt1')
    // A /w/ link naming the panelist, with the webinar's passcode parameter.
    const w = (await t.call('GET', `/v2/webinars/${id}`, { token })).body
    const pwd = new URL(String(w.join_url)).searchParams.get('pwd')
    assert.ok(pwd)
    for (const p of [ada, alan]) {
      const url = new URL(p.join_url)
      assert.equal(url.pathname, `/w/${id}`)
      assert.equal(url.searchParams.get('pwd'), pwd)
      assert.deepEqual(tokenClaims(p.join_url), { typ: 'panelist', mnum: String(id), pid: p.id })
    }
    assert.notEqual(ada.join_url, alan.join_url)
    // Listing again gives the same links.
    assert.deepEqual((await list(id)).panelists, got.panelists)
  })

  it('an email already a panelist (in any case) is updated, not added again; earlier choices stay', async () => {
    const id = await webinar()
    await add(id, [{ name: 'Grace', email: 'grace@example.com', name_tag_name: 'Admiral' }])
    const before = (await list(id)).panelists[0]
    assert.ok(before)
    assert.equal(new URL(before.join_url).searchParams.get('pwd'), null, 'no passcode, no pwd')
    t.clock.advance(60_000)
    const res = await add(id, [
      { name: 'Grace Hopper', email: 'GRACE@example.com', name_tag_pronouns: 'she/her' },
      { name: 'Edsger', email: 'edsger@example.com' },
      // The last entry for an email in one request wins.
      { name: 'Edsger W. Dijkstra', email: 'Edsger@example.com' },
    ])
    assert.equal(res.status, 201, res.text)
    assert.equal(res.body.updated_at, iso(t.clock.now()))
    const got = await list(id)
    assert.equal(got.total_records, 2)
    const grace = find(got.panelists, (p) => p.id === before.id, 'the same panelist')
    assert.equal(grace.name, 'Grace Hopper')
    assert.equal(grace.email, 'GRACE@example.com')
    assert.equal(grace.name_tag_name, 'Admiral')
    assert.equal(grace.name_tag_pronouns, 'she/her')
    assert.equal(grace.join_url, before.join_url)
    assert.equal(find(got.panelists, (p) => p.email === 'Edsger@example.com').name, 'Edsger W. Dijkstra')
    // First added, first listed.
    assert.deepEqual(
      got.panelists.map((p) => p.id),
      [before.id, find(got.panelists, (p) => p.id !== before.id).id],
    )
  })

  it("at most as many panelists as the host's meeting capacity: 400/3000, and nothing of that request is kept", async () => {
    const hostId = await addUser(t, token, 'small-host@example.com', { webinar: 100 })
    const set = await t.call('PATCH', `/v2/users/${hostId}/settings`, {
      token,
      body: { feature: { meeting_capacity: 3 } },
    })
    assert.equal(set.status, 204, set.text)
    const id = await createWebinar(t, token, { topic: 'Small room' }, hostId)
    const person = (n: number) => ({ name: `P${n}`, email: `p${n}@example.com` })
    assert.equal((await add(id, [person(1), person(2)])).status, 201)
    let res = await add(id, [person(3), person(4)])
    refused(res, 400, 3000)
    assert.equal(
      (res.body as unknown as { message: string }).message,
      'You have reached the limit for the number of panelists you can add. Contact Zoom Support for more information.',
    )
    assert.deepEqual(
      (await list(id)).panelists.map((p) => p.email),
      ['p1@example.com', 'p2@example.com'],
    )
    // Updating those already there counts nothing new.
    res = await add(id, [person(3), { ...person(1), name: 'First' }])
    assert.equal(res.status, 201, res.text)
    assert.equal((await list(id)).total_records, 3)
    refused(await add(id, [person(5)]), 400, 3000)
    assert.equal((await add(id, [{ ...person(2), name: 'Second' }])).status, 201)
    // Room again after a removal.
    const p3 = find((await list(id)).panelists, (p) => p.email === 'p3@example.com')
    assert.equal((await t.call('DELETE', `${path(id)}/${p3.id}`, { token })).status, 204)
    assert.equal((await add(id, [person(5)])).status, 201)
    // A capacity lowered below the panelists there keeps them, and they may still be updated.
    await t.call('PATCH', `/v2/users/${hostId}/settings`, { token, body: { feature: { meeting_capacity: 2 } } })
    assert.equal((await list(id)).total_records, 3)
    assert.equal((await add(id, [{ ...person(5), name: 'Fifth' }])).status, 201)
    refused(await add(id, [person(6)]), 400, 3000)
  })

  it('panelists of a recurring webinar belong to every occurrence, and stay when one occurrence is deleted', async () => {
    const id = await webinar({
      type: 9,
      start_time: '2026-11-10T10:00:00Z',
      duration: 30,
      recurrence: { type: 2, weekly_days: '3', end_times: 3 },
    })
    assert.equal((await add(id, [{ name: 'Rec', email: 'rec@example.com' }])).status, 201)
    const w = (await t.call('GET', `/v2/webinars/${id}`, { token })).body as {
      occurrences: { occurrence_id: string }[]
    }
    const first = w.occurrences[0]
    assert.ok(first)
    const del = await t.call('DELETE', `/v2/webinars/${id}?occurrence_id=${first.occurrence_id}`, { token })
    assert.equal(del.status, 204, del.text)
    const got = await list(id)
    assert.equal(got.total_records, 1)
    assert.equal(got.panelists[0]?.email, 'rec@example.com')
  })

  it('removes one by id or by email (204), 404/1001 for one that is not a panelist; removes all (204)', async () => {
    const id = await webinar()
    const other = await webinar()
    await add(id, [
      { name: 'One', email: 'one@example.com' },
      { name: 'Two', email: 'two@example.com' },
      { name: 'Three', email: 'three@example.com' },
    ])
    await add(other, [{ name: 'Elsewhere', email: 'one@example.com' }])
    const [one] = (await list(id)).panelists
    assert.ok(one)
    let res = await t.call('DELETE', `${path(id)}/${one.id}`, { token })
    assert.equal(res.status, 204, res.text)
    assert.equal(res.text, '')
    res = await t.call('DELETE', `${path(id)}/${encodeURIComponent('TWO@example.com')}`, { token })
    assert.equal(res.status, 204, res.text)
    assert.deepEqual(
      (await list(id)).panelists.map((p) => p.email),
      ['three@example.com'],
    )
    refused(await t.call('DELETE', `${path(id)}/${one.id}`, { token }), 404, 1001)
    refused(await t.call('DELETE', `${path(id)}/nobody@example.com`, { token }), 404, 1001)
    // The other webinar's panelist of the same email is its own.
    assert.equal((await list(other)).total_records, 1)
    const otherOne = (await list(other)).panelists[0]
    assert.ok(otherOne)
    refused(await t.call('DELETE', `${path(id)}/${otherOne.id}`, { token }), 404, 1001)

    res = await t.call('DELETE', path(id), { token })
    assert.equal(res.status, 204, res.text)
    assert.deepEqual(await list(id), { total_records: 0, panelists: [] })
    assert.equal((await t.call('DELETE', path(id), { token })).status, 204, 'nothing to remove is still 204')
    assert.equal((await list(other)).total_records, 1)
  })

  it('refuses bodies Zoom refuses: no list, an empty one, more than 30, a bad email, no name', async () => {
    const id = await webinar()
    refused(await t.call('POST', path(id), { token, body: {} }), 400, 300, 'panelists')
    refused(await add(id, []), 400, 300, 'panelists')
    const many = Array.from({ length: 31 }, (_, n) => ({ name: `N${n}`, email: `n${n}@example.com` }))
    refused(await add(id, many), 400, 300, 'panelists')
    refused(await add(id, [{ name: 'Bad', email: 'not-an-email' }]), 400, 300)
    refused(await add(id, [{ email: 'noname@example.com' }]), 400, 300)
    assert.equal((await list(id)).total_records, 0)
    assert.equal((await add(id, many.slice(0, 30))).status, 201)
    assert.equal((await list(id)).total_records, 30)
  })

  it('refuses a webinar that does not exist, a meeting, and a host without a webinar licence', async () => {
    const meetingId = await createMeeting(t, token, { topic: 'Not a webinar', type: 2 })
    for (const id of [99999999999, meetingId]) {
      refused(await t.call('GET', path(id), { token }), 404, 3001)
      refused(await add(id, [{ name: 'X', email: 'x@example.com' }]), 404, 3001)
      refused(await t.call('DELETE', path(id), { token }), 404, 3001)
      refused(await t.call('DELETE', `${path(id)}/x@example.com`, { token }), 404, 3001)
    }
    const hostId = await addUser(t, token, 'lapsed@example.com', { webinar: 100 })
    const id = await createWebinar(t, token, { topic: 'Lapsed' }, hostId)
    await add(id, [{ name: 'Kept', email: 'kept@example.com' }])
    const off = await t.call('PATCH', `/v2/users/${hostId}/settings`, { token, body: { feature: { webinar: false } } })
    assert.equal(off.status, 204, off.text)
    refused(await t.call('GET', path(id), { token }), 400, 200)
    refused(await add(id, [{ name: 'X', email: 'x@example.com' }]), 400, 200)
    refused(await t.call('DELETE', path(id), { token }), 400, 200)
    refused(await t.call('DELETE', `${path(id)}/kept@example.com`, { token }), 400, 200)
  })
})
