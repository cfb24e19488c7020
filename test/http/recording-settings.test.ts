import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { refused, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

interface Settings {
  share_recording: string
  password: string
  on_demand: boolean
  approval_type: number
  viewer_download: boolean
  topic: string
  auto_delete: boolean
  auto_delete_date?: string
  authentication_domains: string
}
interface Created {
  id: number
  registrant_id: string
  share_url: string
  topic: string
}
interface Listed {
  total_records: number
  page_size: number
  next_page_token: string
  registrants: Array<Json & { id: string; email: string; status: string }>
}

describe('Recording settings and on-demand registrants over HTTP', () => {
  let t: TestServer
  let token: string
  let rec: RecordedMeeting
  before(async () => {
    ;({ t, token } = await startWithOwner())
    rec = await recordedMeeting(t, token, { topic: 'Quarterly review' })
  })
  after(() => t.close())

  const base = (id: number | string) => `/v2/meetings/${id}/recordings`
  const settings = (id: number | string = rec.id) => t.call<Settings>('GET', `${base(id)}/settings`, { token })
  const patch = (body: unknown, id: number | string = rec.id) =>
    t.call('PATCH', `${base(id)}/settings`, { token, body })
  const register = (body: unknown, id: number = rec.id) =>
    t.call<Created>('POST', `${base(id)}/registrants`, { token, body })
  const list = (qs = '', id: number = rec.id) => t.call<Listed>('GET', `${base(id)}/registrants${qs}`, { token })
  const setStatus = (body: unknown, id: number = rec.id) =>
    t.call('PUT', `${base(id)}/registrants/status`, { token, body })

  it('a new recording is shared publicly behind a passcode, without registration or auto-delete', async () => {
    const res = await settings()
    assert.equal(res.status, 200)
    assert.equal(res.body.share_recording, 'publicly')
    assert.match(res.body.password, /^.{8}$/)
    assert.equal(res.body.on_demand, false)
    assert.equal(res.body.approval_type, 2)
    assert.equal(res.body.viewer_download, true)
    assert.equal(res.body.topic, 'Quarterly review')
    assert.equal(res.body.auto_delete, false)
    assert.equal(res.body.auto_delete_date, undefined)
    assert.deepEqual(await settings(encodeURIComponent(rec.uuid)).then((r) => r.body), res.body)
  })

  it('changes only the members given, validates them, and renames with recording.renamed', async () => {
    const before = (await settings()).body
    assert.equal((await patch({ viewer_download: false, authentication_domains: 'example.com' })).status, 204)
    let now = (await settings()).body
    assert.deepEqual(now, { ...before, viewer_download: false, authentication_domains: 'example.com' })

    refused(await patch({ share_recording: 'everyone' }), 400, 300)
    refused(await patch({ approval_type: 3 }), 400, 300)
    refused(await patch({ password: 'short' }), 400, 300, 'password')
    refused(await patch({ password: 'far-too-long-1' }), 400, 300)
    refused(await patch({ password: 'has space1' }), 400, 300, 'password')
    assert.equal((await patch({ password: 'Rec0rd-1' })).status, 204)
    assert.equal((await settings()).body.password, 'Rec0rd-1')
    const got = await t.call<Json>('GET', base(rec.id), { token })
    assert.equal(got.body.password, 'Rec0rd-1')
    assert.equal((await patch({ password: '' })).status, 204)
    assert.equal((await t.call<Json>('GET', base(rec.id), { token })).body.password, undefined)

    assert.equal((await patch({ topic: 'Q3 review' })).status, 204)
    now = (await settings()).body
    assert.equal(now.topic, 'Q3 review')
    assert.equal((await t.call<Json>('GET', base(rec.id), { token })).body.topic, 'Q3 review')
    const renamed = await outboxEvents<Json>(t, 'recording.renamed')
    assert.equal(renamed.length, 1)
    const ev = renamed[0]
    assert.ok(ev)
    assert.deepEqual(ev.payload.object, {
      uuid: rec.uuid,
      id: rec.id,
      topic: 'Q3 review',
      type: 2,
      host_id: ev.payload.object.host_id,
    })
    assert.equal(ev.payload.old_object.topic, 'Quarterly review')
    assert.equal(ev.payload.operator, t.seed.ownerEmail)
    assert.equal(typeof ev.payload.time_stamp, 'number')
    // The same topic again is no rename.
    assert.equal((await patch({ topic: 'Q3 review' })).status, 204)
    assert.equal((await outboxEvents(t, 'recording.renamed')).length, 1)
  })

  it('auto-delete is dated by the account setting, counted from the end of the recording', async () => {
    assert.equal((await patch({ auto_delete: true })).status, 204)
    const on = (await settings()).body
    assert.equal(on.auto_delete, true)
    // The meeting ended (and the clock stands) on 2026-11-02; the account default keeps recordings 30 days.
    assert.equal(on.auto_delete_date, '2026-12-02')
    const got = await t.call<Json>('GET', base(rec.id), { token })
    assert.equal(got.body.auto_delete_date, '2026-12-02')
    assert.equal((await patch({ auto_delete: false })).status, 204)
    assert.equal((await settings()).body.auto_delete_date, undefined)
  })

  it('registration is refused until the recording is on demand', async () => {
    refused(await register({ email: 'early@example.com', first_name: 'Early' }), 404, 404)
    refused(await patch({ on_demand: true, approval_type: 2 }), 400, 300, 'approval_type')
    assert.equal((await patch({ on_demand: true })).status, 204)
    const s = (await settings()).body
    assert.equal(s.on_demand, true)
    assert.equal(s.approval_type, 0)
  })

  it('approval type 0 approves at once; a repeated email gets the same registration back', async () => {
    const res = await register({ email: 'Ada@Example.com', first_name: 'Ada', last_name: 'L', city: 'London' })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.equal(res.body.id, rec.id)
    assert.equal(res.body.topic, 'Q3 review')
    assert.match(res.body.registrant_id, /^[A-Za-z0-9_-]{22}$/)
    assert.ok(res.body.share_url.startsWith(`${t.origin}/rec/share/`))
    assert.match(res.body.share_url, /\?tk=/)
    const again = await register({ email: 'ada@example.com', first_name: 'Ada' })
    assert.equal(again.body.registrant_id, res.body.registrant_id)

    const approved = await list()
    assert.equal(approved.status, 200)
    assert.equal(approved.body.total_records, 1)
    const ada = approved.body.registrants[0]
    assert.ok(ada)
    assert.equal(ada.email, 'Ada@Example.com')
    assert.equal(ada.city, 'London')
    assert.equal(ada.org, '')
    assert.equal(ada.status, 'approved')
    assert.equal(ada.join_url, undefined)

    const created = await outboxEvents<Json & { registrant: Json }>(t, 'recording.registration_created')
    assert.equal(created.length, 1)
    const obj = created[0]?.payload.object
    assert.equal(obj?.uuid, rec.uuid)
    assert.equal(obj?.id, rec.id)
    assert.equal(obj?.topic, 'Q3 review')
    assert.equal(obj?.registrant.email, 'Ada@Example.com')
    assert.equal(obj?.registrant.status, 'approved')
  })

  it('approval type 1 leaves new registrants pending until approved or denied', async () => {
    assert.equal((await patch({ approval_type: 1 })).status, 204)
    const a = (await register({ email: 'bo@example.com', first_name: 'Bo' })).body.registrant_id
    const b = (await register({ email: 'cy@example.com', first_name: 'Cy', last_name: 'D' })).body.registrant_id
    const pending = await list('?status=pending')
    assert.deepEqual(
      pending.body.registrants.map((r) => r.id),
      [a, b],
    )
    assert.equal((await setStatus({ action: 'approve', registrants: [{ id: a }] })).status, 204)
    assert.equal((await setStatus({ action: 'deny', registrants: [{ id: b }] })).status, 204)
    assert.equal((await list('?status=pending')).body.total_records, 0)
    assert.equal((await list()).body.total_records, 2)
    assert.deepEqual(
      (await list('?status=denied')).body.registrants.map((r) => r.id),
      [b],
    )
    const approvedEv = await outboxEvents<Json & { registrant: Json }>(t, 'recording.registration_approved')
    assert.deepEqual(approvedEv.at(-1)?.payload.object.registrant, {
      id: a,
      email: 'bo@example.com',
      first_name: 'Bo',
      last_name: '',
    })
    assert.equal(approvedEv.at(-1)?.payload.operator, t.seed.ownerEmail)
    const deniedEv = await outboxEvents<Json & { registrant: Json }>(t, 'recording.registration_denied')
    assert.equal(deniedEv.at(-1)?.payload.object.registrant.id, b)
    // Approving one already approved changes nothing and emits nothing.
    assert.equal((await setStatus({ action: 'approve', registrants: [{ id: a }] })).status, 204)
    assert.equal((await outboxEvents(t, 'recording.registration_approved')).length, approvedEv.length)

    refused(await setStatus({ action: 'approve', registrants: [{ id: 'nobody' }] }), 404, 3000)
    refused(await setStatus({ action: 'approve' }), 400, 300)
    refused(await setStatus({ action: 'cancel', registrants: [{ id: a }] }), 400, 300)
  })

  it('pages the list with next_page_token', async () => {
    const first = await list('?status=approved&page_size=1')
    assert.equal(first.body.page_size, 1)
    assert.equal(first.body.total_records, 2)
    assert.ok(first.body.next_page_token)
    const second = await list(`?status=approved&page_size=1&next_page_token=${first.body.next_page_token}`)
    assert.equal(second.body.registrants.length, 1)
    assert.notEqual(second.body.registrants[0]?.id, first.body.registrants[0]?.id)
    assert.equal(second.body.next_page_token, '')
  })

  it('registration questions: stored with the recording, required answers enforced', async () => {
    const q = `${base(rec.id)}/registrants/questions`
    const empty = await t.call('GET', q, { token })
    assert.equal(empty.status, 200)
    assert.deepEqual(empty.body, { questions: [], custom_questions: [] })
    const form = {
      questions: [
        { field_name: 'org', required: true },
        { field_name: 'city', required: false },
      ],
      custom_questions: [{ title: 'Team?', type: 'single', required: true, answers: ['Red', 'Blue'] }],
    }
    assert.equal((await t.call('PATCH', q, { token, body: form })).status, 204)
    assert.deepEqual((await t.call('GET', q, { token })).body, form)
    refused(
      await t.call('PATCH', q, { token, body: { custom_questions: [{ title: 'Pick', type: 'single' }] } }),
      400,
      300,
    )
    refused(await t.call('PATCH', q, { token, body: { questions: [{ field_name: 'shoe_size' }] } }), 400, 300)

    refused(await register({ email: 'dee@example.com', first_name: 'Dee' }), 400, 300, 'org')
    refused(await register({ email: 'dee@example.com', first_name: 'Dee', org: 'Acme' }), 400, 300)
    refused(
      await register({
        email: 'dee@example.com',
        first_name: 'Dee',
        org: 'Acme',
        custom_questions: [{ title: 'Team?', value: 'Green' }],
      }),
      400,
      300,
    )
    const ok = await register({
      email: 'dee@example.com',
      first_name: 'Dee',
      org: 'Acme',
      custom_questions: [{ title: 'Team?', value: 'Blue' }],
    })
    assert.equal(ok.status, 201)
    const pending = await list('?status=pending')
    const dee = pending.body.registrants.find((r) => r.email === 'dee@example.com')
    assert.deepEqual(dee?.custom_questions, [{ title: 'Team?', value: 'Blue' }])
  })

  it('turning on-demand off closes registration', async () => {
    assert.equal((await patch({ on_demand: false })).status, 204)
    assert.equal((await settings()).body.approval_type, 2)
    refused(await register({ email: 'late@example.com', first_name: 'Late', org: 'X' }), 404, 404)
  })

  it('unknown recordings and accounts without cloud recording are refused', async () => {
    refused(await settings(999999999), 404, 3301)
    refused(await patch({ topic: 'x' }, 999999999), 404, 3301)
    refused(await register({ email: 'a@example.com', first_name: 'A' }, 999999999), 404, 3301)
    refused(await list('', 999999999), 404, 3301)
    const free = await makeAccount(t, { plan: 'free', scopes: ['recording:read:admin', 'recording:write:admin'] })
    const freeToken = await free.token()
    refused(await t.call('GET', `${base(rec.id)}/settings`, { token: freeToken }), 400, 200)
  })
})

describe('Recording registrant status updates: the daily limit', () => {
  let t: TestServer
  let token: string
  before(async () => {
    t = await startTestServer({ rateLimits: true })
    token = await t.token()
  })
  after(() => t.close())

  it('an eleventh change of one registrant in a UTC day is refused with 429', async () => {
    const rec = await recordedMeeting(t, token)
    const path = `/v2/meetings/${rec.id}/recordings`
    assert.equal((await t.call('PATCH', `${path}/settings`, { token, body: { approval_type: 1 } })).status, 204)
    const res = await t.call<Created>('POST', `${path}/registrants`, {
      token,
      body: { email: 'flip@example.com', first_name: 'Flip' },
    })
    const id = res.body.registrant_id
    for (let n = 0; n < 10; n++) {
      const action = n % 2 ? 'deny' : 'approve'
      const r = await t.call('PUT', `${path}/registrants/status`, { token, body: { action, registrants: [{ id }] } })
      assert.equal(r.status, 204, JSON.stringify(r.body))
    }
    const over = await t.call<Json>('PUT', `${path}/registrants/status`, {
      token,
      body: { action: 'approve', registrants: [{ id }] },
    })
    refused(over, 429, 429)
    assert.match(String(over.body.message), /cloud recording Update registrant's status.*flip@example\.com/)
    t.clock.advance(24 * 3600_000)
    const next = await t.call('PUT', `${path}/registrants/status`, {
      token: await t.token(),
      body: { action: 'approve', registrants: [{ id }] },
    })
    assert.equal(next.status, 204)
  })
})
