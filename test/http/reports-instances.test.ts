import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const twice = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))

// What the past meeting operations show of the same instance and sessions, field by field.
const DETAIL_FIELDS = [
  'uuid',
  'id',
  'topic',
  'user_name',
  'user_email',
  'start_time',
  'end_time',
  'duration',
  'total_minutes',
  'participants_count',
  'dept',
  'type',
]
const SESSION_FIELDS = [
  'id',
  'user_id',
  'name',
  'user_email',
  'join_time',
  'leave_time',
  'duration',
  'failover',
  'status',
]
const pick = (row: Json, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]))

describe('Reports of one held meeting or webinar instance', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string, tk = token) => t.call('GET', `/v2${path}`, { token: tk })
  const sim = (path: string, body?: unknown, method = 'POST') => t.call(method, `/sim${path}`, { token, body })

  describe('meetings', () => {
    let meetingId: number
    let firstUuid: string
    let latestUuid: string
    let startedAt: number

    before(async () => {
      meetingId = await createMeeting(t, token, {
        topic: 'Weekly sync',
        type: 2,
        start_time: iso(t.clock.now()),
        duration: 30,
        settings: { custom_keys: [{ key: 'Room', value: 'B2' }] },
      })
      // First instance: Alba (signed in owner) and a guest; Alba drops out for five minutes and comes back.
      await sim(`/meetings/${meetingId}/start`)
      startedAt = t.clock.now()
      const alba = (await sim(`/meetings/${meetingId}/participants`, { name: 'Alba', user_id: ownerId })).body as Json
      await sim(`/meetings/${meetingId}/participants`, { name: 'Guest Bo', email: 'bo@guests.example' })
      t.clock.advance(10 * MIN)
      await sim(`/meetings/${meetingId}/participants/${str(alba.participant_id)}`, undefined, 'DELETE')
      t.clock.advance(5 * MIN)
      await sim(`/meetings/${meetingId}/participants`, { participant_id: alba.participant_id })
      t.clock.advance(15 * MIN)
      const ended = await sim(`/meetings/${meetingId}/end`)
      assert.equal(ended.status, 200, ended.text)
      firstUuid = str((await get(`/past_meetings/${meetingId}`)).body.uuid)
      // A second, shorter instance becomes the one the meeting number names.
      t.clock.advance(60 * MIN)
      token = await t.token()
      const played = await sim('/scenarios', {
        meeting: { id: meetingId },
        duration_minutes: 20,
        participants: [
          { name: 'Alba', user_id: ownerId, join_offset_minutes: 0 },
          { name: 'Cy', join_offset_minutes: 5, leave_offset_minutes: 12 },
        ],
      })
      assert.equal(played.status, 200, played.text)
      latestUuid = str(played.body.uuid)
      assert.notEqual(latestUuid, firstUuid)
    })

    it('details agree with Get past meeting details, by number (latest) and by UUID', async () => {
      const latest = await get(`/report/meetings/${meetingId}`)
      assert.equal(latest.status, 200, latest.text)
      assert.equal(latest.body.uuid, latestUuid)
      assert.deepEqual(
        pick(latest.body, DETAIL_FIELDS),
        pick((await get(`/past_meetings/${twice(latestUuid)}`)).body, DETAIL_FIELDS),
      )
      assert.equal(latest.body.duration, 20)

      const first = await get(`/report/meetings/${twice(firstUuid)}`)
      assert.equal(first.status, 200, first.text)
      assert.deepEqual(
        pick(first.body, DETAIL_FIELDS),
        pick((await get(`/past_meetings/${twice(firstUuid)}`)).body, DETAIL_FIELDS),
      )
      assert.equal(first.body.start_time, iso(startedAt))
      assert.equal(first.body.end_time, iso(startedAt + 30 * MIN))
      assert.equal(first.body.duration, 30)
      // Alba 10 + 15 minutes, Bo 30: two people over three sessions.
      assert.equal(first.body.total_minutes, 55)
      assert.equal(first.body.participants_count, 2)
      assert.equal(first.body.type, 2)
      assert.equal(first.body.topic, 'Weekly sync')
      assert.equal(first.body.user_email, t.seed.ownerEmail)
      assert.deepEqual(first.body.tracking_fields, [])
      assert.deepEqual(first.body.custom_keys, [{ key: 'Room', value: 'B2' }])
      assert.equal(first.body.host_id, undefined)
      assert.equal(first.body.source, undefined)
      // A single-encoded UUID names the same instance.
      assert.deepEqual((await get(`/report/meetings/${encodeURIComponent(firstUuid)}`)).body, first.body)
    })

    it('participants: a row per join session, the same as Get past meeting participants', async () => {
      const report = await get(`/report/meetings/${twice(firstUuid)}/participants`)
      assert.equal(report.status, 200, report.text)
      const past = await get(`/past_meetings/${twice(firstUuid)}/participants`)
      assert.equal(report.body.total_records, 3)
      assert.equal(report.body.total_records, past.body.total_records)
      assert.deepEqual(
        items(report.body.participants).map((p) => pick(p, SESSION_FIELDS)),
        items(past.body.participants).map((p) => pick(p, SESSION_FIELDS)),
      )
      const rows = items(report.body.participants)
      const alba = rows.filter((p) => p.name === 'Alba')
      assert.deepEqual(
        alba.map((p) => p.duration),
        [600, 900],
      )
      for (const p of alba) {
        assert.equal(p.id, ownerId)
        assert.equal(p.participant_user_id, ownerId)
      }
      const bo = find(rows, (p) => p.name === 'Guest Bo')
      assert.equal(bo.id, '')
      assert.equal(bo.user_email, '')
      assert.equal(bo.participant_user_id, undefined)
      assert.equal(bo.join_time, iso(startedAt))
      assert.equal(bo.leave_time, iso(startedAt + 30 * MIN))
      assert.equal(bo.duration, 1800)
      // The sessions' minutes make the detail report's total.
      const seconds = rows.reduce((n, p) => n + num(p.duration), 0)
      assert.equal(Math.round(seconds / 60), (await get(`/report/meetings/${twice(firstUuid)}`)).body.total_minutes)
      // No registrant ids unless asked for, and none here to show.
      assert.ok(rows.every((p) => !('registrant_id' in p) && !('internal_user' in p)))
    })

    it('participants page by page with next_page_token; the number names the latest instance', async () => {
      const first = await get(`/report/meetings/${twice(firstUuid)}/participants?page_size=2`)
      assert.equal(first.status, 200, first.text)
      assert.equal(first.body.page_size, 2)
      assert.equal(items(first.body.participants).length, 2)
      const token2 = str(first.body.next_page_token)
      assert.ok(token2)
      const second = await get(
        `/report/meetings/${twice(firstUuid)}/participants?page_size=2&next_page_token=${token2}`,
      )
      assert.equal(items(second.body.participants).length, 1)
      assert.equal(second.body.next_page_token, '')
      refused(await get(`/report/meetings/${twice(firstUuid)}/participants?next_page_token=forged`), 400, 300)

      const big = await get(`/report/meetings/${meetingId}/participants?page_size=1000`)
      assert.equal(big.status, 200, big.text)
      assert.equal(big.body.page_size, 300)
      const latest = items(big.body.participants)
      assert.deepEqual(latest.map((p) => p.name).sort(), ['Alba', 'Cy'])
      assert.equal(find(latest, (p) => p.name === 'Cy').duration, 7 * 60)
    })

    it('refusals: 404/3001 for no such ended instance, 400/12702 a year on, 400/200 on a free account', async () => {
      refused(await get('/report/meetings/99999999999'), 404, 3001)
      refused(await get('/report/meetings/99999999999/participants'), 404, 3001)
      refused(await get(`/report/meetings/${twice('nOtAnInStAnCe000000000==')}`), 404, 3001)
      // A meeting number is not a webinar, and the reverse.
      refused(await get(`/report/webinars/${meetingId}`), 404, 3001)
      refused(await get(`/report/webinars/${twice(firstUuid)}/participants`), 404, 3001)
      // Scheduled but never held.
      const idle = await createMeeting(t, token, { topic: 'Never held', type: 3 })
      refused(await get(`/report/meetings/${idle}`), 404, 3001)

      const free = await makeAccount(t, {
        plan: 'free',
        scopes: ['meeting:write:admin', 'simulator:write:admin', 'report:read:admin'],
      })
      const ft = await free.token()
      const m = (await t.call('POST', '/v2/users/me/meetings', { token: ft, body: { topic: 'Free', type: 3 } })).body
      await t.call('POST', `/sim/meetings/${num(m.id)}/start`, { token: ft })
      await t.call('POST', `/sim/meetings/${num(m.id)}/end`, { token: ft })
      for (const path of [`/report/meetings/${num(m.id)}`, `/report/meetings/${num(m.id)}/participants`]) {
        const res = await get(path, ft)
        refused(res, 400, 200)
        assert.equal(res.body.message, `Only available for paid account: ${free.account.id}.`)
      }
    })
  })

  describe('webinars', () => {
    it('details and participants of a played webinar, with registrant ids on request; gated by the plan', async () => {
      const id = await createWebinar(t, token, {
        topic: 'Product launch',
        type: 5,
        start_time: iso(t.clock.now() + DAY),
        duration: 60,
        settings: { approval_type: 0 },
      })
      const played = await sim('/scenarios', {
        webinar: { id },
        duration_minutes: 40,
        participants: [
          { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
          { name: 'Reg One', email: 'one@guests.example', register: true, join_offset_minutes: 2 },
          { name: 'Walk In', join_offset_minutes: 5, leave_offset_minutes: 25 },
        ],
      })
      assert.equal(played.status, 200, played.text)
      const uuid = str(played.body.uuid)

      const details = await get(`/report/webinars/${id}`)
      assert.equal(details.status, 200, details.text)
      assert.equal(details.body.uuid, uuid)
      assert.equal(details.body.id, id)
      assert.equal(details.body.type, 5)
      assert.equal(details.body.topic, 'Product launch')
      assert.equal(details.body.duration, 40)
      assert.equal(details.body.participants_count, played.body.participants_count)
      assert.equal(details.body.participants_count, 3)
      assert.equal(details.body.start_time, played.body.start_time)
      assert.equal(details.body.end_time, played.body.end_time)
      // Host 40, the registrant 38, the walk-in 20.
      assert.equal(details.body.total_minutes, 98)
      const instances = await get(`/past_webinars/${id}/instances`)
      assert.deepEqual(items(instances.body.webinars), [{ uuid, start_time: details.body.start_time }])
      assert.deepEqual((await get(`/report/webinars/${twice(uuid)}`)).body, details.body)

      const plain = await get(`/report/webinars/${id}/participants`)
      assert.equal(plain.status, 200, plain.text)
      assert.equal(plain.body.total_records, 3)
      assert.ok(items(plain.body.participants).every((p) => !('registrant_id' in p)))
      const withIds = await get(`/report/webinars/${twice(uuid)}/participants?include_fields=registrant_id`)
      const rows = items(withIds.body.participants)
      const registrants = await get(`/webinars/${id}/registrants`)
      const registered = find(items(registrants.body.registrants), (r) => r.email === 'one@guests.example')
      const one = find(rows, (p) => p.name === 'Reg One')
      assert.equal(one.registrant_id, registered.id)
      assert.equal(one.user_email, 'one@guests.example')
      assert.equal(one.duration, 38 * 60)
      assert.equal(find(rows, (p) => p.name === 'Walk In').registrant_id, undefined)
      assert.equal(find(rows, (p) => p.name === 'Host').participant_user_id, ownerId)
      assert.equal(Math.round(rows.reduce((n, p) => n + num(p.duration), 0) / 60), details.body.total_minutes)
      refused(await get(`/report/webinars/${id}/participants?include_fields=everything`), 400, 300)

      // A meeting report does not read a webinar.
      refused(await get(`/report/meetings/${id}`), 404, 3001)

      // The host loses the webinar licence: both webinar reports refuse.
      const off = await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { webinar: false } } })
      assert.equal(off.status, 204, off.text)
      for (const path of [`/report/webinars/${id}`, `/report/webinars/${id}/participants`]) {
        const res = await get(path)
        refused(res, 400, 200)
        assert.match(str(res.body.message), /^Webinar plan is missing/)
      }
      await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { webinar: true } } })
    })
  })

  // Last: moves the server clock a year on.
  it('an instance over a year old: 400/12702 for meetings and webinars', async () => {
    const m = await createMeeting(t, token, { topic: 'Long ago', type: 3 })
    const w = await createWebinar(t, token, { topic: 'Long ago', type: 5, start_time: iso(t.clock.now() + DAY) })
    for (const kind of ['meetings', 'webinars'] as const) {
      const id = kind === 'meetings' ? m : w
      await sim('/scenarios', {
        [kind === 'meetings' ? 'meeting' : 'webinar']: { id },
        duration_minutes: 10,
        participants: [{ name: 'Host', user_id: ownerId, join_offset_minutes: 0 }],
      })
      assert.equal((await get(`/report/${kind}/${id}`)).status, 200)
    }
    t.clock.advance(367 * DAY)
    token = await t.token()
    refused(await get(`/report/meetings/${m}`), 400, 12702)
    refused(await get(`/report/meetings/${m}/participants`), 400, 12702)
    const res = await get(`/report/webinars/${w}`)
    refused(res, 400, 12702)
    assert.equal(res.body.message, 'Can not access a webinar a year ago.')
    refused(await get(`/report/webinars/${w}/participants`), 400, 12702)
  })
})
