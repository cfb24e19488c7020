import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { isoSeconds } from '../../src/util/time.js'
import { makeAccount } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, obj, refused, str, type Json } from '../helpers/json.js'
import { recordedMeeting } from '../helpers/recordings.js'
import { plainMeeting, reportMinute } from '../helpers/reports.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const enc = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))

describe('Account reports: daily usage, active/inactive hosts, a host’s meetings, cloud recording storage', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let idleId: string
  // The figures Get past meeting details and List past meeting participants give for the two held meetings.
  const held: Array<{ uuid: string; id: number; start: string; minutes: number; sessions: number; people: number }> = []

  const pastFigures = async (uuid: string) => {
    const past = (await t.call(`GET`, `/v2/past_meetings/${enc(uuid)}`, { token })).body
    const sessions = (await t.call(`GET`, `/v2/past_meetings/${enc(uuid)}/participants?page_size=300`, { token })).body
    return {
      uuid,
      id: num(past.id),
      start: str(past.start_time),
      minutes: num(past.total_minutes),
      sessions: num(sessions.total_records),
      people: num(past.participants_count),
    }
  }

  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    idleId = await addUser(t, token, 'idle@example.com')
    // Two people, one of whom rejoins: three join sessions, two participants.
    const a = await recordedMeeting(t, token, {
      topic: 'Pair',
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        {
          name: 'Lin Chen',
          email: 'lin@example.com',
          join_offset_minutes: 1,
          leave_offset_minutes: 6,
          rejoins: [{ join_offset_minutes: 9 }],
        },
      ],
    })
    // The host alone: counted in the usage figures, left out of the host's meeting report.
    const b = await recordedMeeting(t, token, {
      topic: 'Alone',
      minutes: 10,
      participants: [{ name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 }],
    })
    held.push(await pastFigures(a.uuid), await pastFigures(b.uuid))
  })
  after(() => t.close())

  it('daily usage: one entry per day; meetings, join sessions and minutes as the past meetings show them', async () => {
    const at = new Date(held[0]?.start ?? '')
    const res = await t.call(`GET`, `/v2/report/daily?year=${at.getUTCFullYear()}&month=${at.getUTCMonth() + 1}`, {
      token,
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.year, at.getUTCFullYear())
    assert.equal(res.body.month, at.getUTCMonth() + 1)
    const dates = items(res.body.dates)
    assert.equal(dates.length, new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate())
    const expected = { meetings: 0, participants: 0, meeting_minutes: 0 }
    for (const h of held) {
      if (h.start.slice(0, 10) !== day(at.getTime())) continue
      expected.meetings++
      expected.participants += h.sessions
      expected.meeting_minutes += h.minutes
    }
    const entry = find(dates, (d) => d.date === day(at.getTime()))
    assert.equal(entry.meetings, expected.meetings)
    assert.equal(entry.participants, expected.participants)
    assert.equal(entry.meeting_minutes, expected.meeting_minutes)
    // The rejoin counts as another participant.
    assert.ok(num(entry.participants) > (held[0]?.people ?? 0) + (held[1]?.people ?? 0) - 1)
    const today = find(dates, (d) => d.date === day(t.clock.now()), 'today')
    assert.ok(num(today.new_users) >= 1)
  })

  it('daily usage: current month by default; a month over six months back or ahead is 300', async () => {
    const now = new Date(t.clock.now())
    const res = await t.call('GET', '/v2/report/daily', { token })
    assert.equal(res.status, 200)
    assert.equal(res.body.month, now.getUTCMonth() + 1)
    const old = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 8, 1))
    const tooOld = await t.call('GET', `/v2/report/daily?year=${old.getUTCFullYear()}&month=${old.getUTCMonth() + 1}`, {
      token,
    })
    refused(tooOld, 400, 300)
    assert.equal(
      tooOld.body.message,
      'Daily report can only be provided for a month that falls within the recent 6 months.',
    )
    refused(await t.call('GET', `/v2/report/daily?year=${now.getUTCFullYear() + 1}&month=1`, { token }), 400, 300)
    refused(await t.call('GET', '/v2/report/daily?month=13', { token }), 400, 300)
  })

  it('active hosts: the host’s figures and the totals; inactive hosts: the others', async () => {
    const from = day(t.clock.now() - 2 * DAY)
    const to = day(t.clock.now())
    const res = await t.call(`GET`, `/v2/report/users?type=active&from=${from}&to=${to}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.from, from)
    assert.equal(res.body.to, to)
    const users = items(res.body.users)
    assert.deepEqual(
      users.map((u) => u.id),
      [ownerId],
    )
    const owner = users[0] as Json
    const sessions = held.reduce((n, h) => n + h.sessions, 0)
    const minutes = held.reduce((n, h) => n + h.minutes, 0)
    assert.equal(owner.meetings, 2)
    assert.equal(owner.participants, sessions)
    assert.equal(owner.meeting_minutes, minutes)
    assert.equal(owner.email, t.seed.ownerEmail)
    assert.equal(res.body.total_meetings, 2)
    assert.equal(res.body.total_participants, sessions)
    assert.equal(res.body.total_meeting_minutes, minutes)
    assert.equal(res.body.total_records, 1)

    const inactive = await t.call(`GET`, `/v2/report/users?type=inactive&from=${from}&to=${to}&page_size=1`, { token })
    assert.equal(inactive.status, 200)
    const idle = items(inactive.body.users)
    assert.equal(idle.length, 1)
    assert.equal(idle[0]?.id, idleId)
    assert.equal(idle[0]?.meetings, 0)
    assert.equal(inactive.body.total_meetings, 0)
    assert.equal(inactive.body.next_page_token, '')
  })

  it('the windows: longer than a month is clamped, older than six months is 300, a free account is 200', async () => {
    const to = day(t.clock.now())
    const long = await t.call(`GET`, `/v2/report/users?from=${day(t.clock.now() - 90 * DAY)}&to=${to}`, { token })
    assert.equal(long.status, 200)
    assert.ok(str(long.body.from) > day(t.clock.now() - 32 * DAY))
    const old = day(t.clock.now() - 250 * DAY)
    refused(await t.call(`GET`, `/v2/report/users?from=${old}&to=${old}`, { token }), 400, 300)
    refused(await t.call('GET', `/v2/report/users?from=${to}&to=${old}`, { token }), 400, 300)
    refused(await t.call(`GET`, `/v2/report/users/me/meetings?from=${old}&to=${old}`, { token }), 400, 300)

    const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
    const freeToken = await free.token()
    for (const path of ['/report/daily', '/report/users', '/report/users/me/meetings', '/report/cloud_recording'])
      refused(await t.call('GET', `/v2${path}`, { token: freeToken }), 400, 200)
  })

  it('a host’s meetings: those with two participants or more, with the past meeting figures', async () => {
    const from = day(t.clock.now() - 2 * DAY)
    const to = day(t.clock.now())
    const res = await t.call(`GET`, `/v2/report/users/${ownerId}/meetings?from=${from}&to=${to}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const meetings = items(res.body.meetings)
    assert.equal(meetings.length, 1)
    const m = meetings[0] as Json
    const past = (await t.call(`GET`, `/v2/past_meetings/${enc(str(m.uuid))}`, { token })).body
    for (const key of ['uuid', 'id', 'topic', 'start_time', 'end_time', 'duration', 'total_minutes'])
      assert.equal(m[key], past[key], key)
    assert.equal(m.participants_count, past.participants_count)
    assert.equal(m.type, 2)
    assert.equal(m.user_email, t.seed.ownerEmail)
    assert.equal(res.body.total_records, 1)

    const none = await t.call(`GET`, `/v2/report/users/${idleId}/meetings?from=${from}&to=${to}&type=pastJoined`, {
      token,
    })
    assert.equal(none.status, 200)
    assert.deepEqual(none.body.meetings, [])
    refused(await t.call('GET', `/v2/report/users/nobody@example.com/meetings`, { token }), 404, 1001)
    refused(await t.call('GET', `/v2/report/users/me/meetings?next_page_token=forged`, { token }), 400, 300)
  })

  it('active hosts show the custom attributes a user was given', async () => {
    const attrs = [{ key: 'badge', name: 'Badge', value: '7' }]
    assert.equal(
      (await t.call('PATCH', `/v2/users/${ownerId}`, { token, body: { custom_attributes: attrs } })).status,
      204,
    )
    const from = day(t.clock.now() - 2 * DAY)
    const res = await t.call(`GET`, `/v2/report/users?type=active&from=${from}&to=${day(t.clock.now())}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.deepEqual(find(items(res.body.users), (u) => u.id === ownerId).custom_attributes, attrs)
    const inactive = await t.call(`GET`, `/v2/report/users?type=inactive&from=${from}`, { token })
    assert.equal(find(items(inactive.body.users), (u) => u.id === idleId).custom_attributes, undefined)
  })

  it('upcoming events: scheduled starts and recurring occurrences in the window, earliest first', async () => {
    const at = (days: number) => new Date(t.clock.now() + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const single = await createMeeting(t, token, { topic: 'Planning', type: 2, start_time: at(3), duration: 30 })
    const series = await createMeeting(t, token, {
      topic: 'Standup',
      type: 8,
      start_time: at(1),
      duration: 15,
      timezone: 'UTC',
      recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
    })
    await createMeeting(t, token, { topic: 'Much later', type: 2, start_time: at(20), duration: 30 })
    const uuidOf = async (id: number) => str((await t.call('GET', `/v2/meetings/${id}`, { token })).body.uuid)
    const from = day(t.clock.now())
    const to = day(t.clock.now() + 5 * DAY)
    const res = await t.call(`GET`, `/v2/report/upcoming_events?from=${from}&to=${to}&page_size=2`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const first = items(res.body.upcoming_events)
    assert.deepEqual(
      first.map((e) => e.topic),
      ['Standup', 'Standup'],
    )
    assert.equal(first[0]?.id, await uuidOf(series))
    assert.equal(first[0]?.host_id, ownerId)
    assert.equal(first[0]?.start_time, at(1))
    const rest = await t.call(
      `GET`,
      `/v2/report/upcoming_events?from=${from}&to=${to}&page_size=2&next_page_token=${str(res.body.next_page_token)}`,
      { token },
    )
    const second = items(rest.body.upcoming_events)
    assert.deepEqual(
      second.map((e) => [e.topic, e.start_time]),
      [
        ['Standup', at(3)],
        ['Planning', at(3)],
      ],
    )
    assert.equal(second[1]?.id, await uuidOf(single))
    assert.equal(rest.body.next_page_token, '')
    const webinars = await t.call(`GET`, `/v2/report/upcoming_events?from=${from}&to=${to}&type=webinar`, { token })
    assert.deepEqual(webinars.body.upcoming_events, [])
    const group = await t.call(`GET`, `/v2/report/upcoming_events?from=${from}&to=${to}&group_id=nogroup`, { token })
    assert.deepEqual(group.body.upcoming_events, [])
    refused(await t.call('GET', '/v2/report/upcoming_events?next_page_token=forged', { token }), 400, 300)
  })

  it('cloud recording storage: one entry per day up to yesterday, counting the stored files', async () => {
    const files = async (uuid: string) =>
      items((await t.call(`GET`, `/v2/meetings/${enc(uuid)}/recordings`, { token })).body.recording_files)
    const bytes = [...(await files(held[0]?.uuid ?? '')), ...(await files(held[1]?.uuid ?? ''))].reduce(
      (n, f) => n + num(f.file_size),
      0,
    )
    assert.ok(bytes > 0)
    const today = day(t.clock.now())
    const res = await t.call(`GET`, `/v2/report/cloud_recording?from=${day(t.clock.now() - 3 * DAY)}&to=${today}`, {
      token,
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const storage = items(res.body.cloud_recording_storage)
    // Today's figure is not there yet.
    assert.deepEqual(
      storage.map((d) => d.date),
      [3, 2, 1].map((n) => day(t.clock.now() - n * DAY)),
    )
    for (const d of storage) assert.equal(d.usage, '0 B')

    t.clock.advance(DAY)
    // A token lives an hour: a fresh one for the next day.
    token = await t.token()
    const next = await t.call(`GET`, `/v2/report/cloud_recording?from=${today}&to=${today}`, { token })
    assert.equal(next.status, 200, JSON.stringify(next.body))
    const entry = obj(items(next.body.cloud_recording_storage)[0])
    const mb = bytes / 1024 ** 2
    assert.equal(entry.usage, mb >= 1 ? `${Number(mb.toFixed(2))} MB` : `${Number((bytes / 1024).toFixed(2))} KB`)
    assert.match(str(entry.plan_usage), /^\d+(\.\d+)? (GB|TB)$/)
  })

  it('a host’s meetings: scheduled start, custom keys, and the report user’s own first join and last leave', async () => {
    const scheduled = Math.ceil((t.clock.now() + 3_600_000) / 60_000) * 60_000
    const keys = [{ key: 'Host Nation', value: 'US' }]
    const id = await createMeeting(t, token, {
      topic: 'Keyed report',
      type: 2,
      start_time: isoSeconds(scheduled),
      settings: { custom_keys: keys },
    })
    const guestId = await addUser(t, token, 'guest.joiner@example.com')
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { id },
        duration_minutes: 30,
        participants: [
          {
            name: 'Host',
            email: t.seed.ownerEmail,
            join_offset_minutes: 2,
            leave_offset_minutes: 8,
            rejoins: [{ join_offset_minutes: 10, leave_offset_minutes: 25 }],
          },
          { name: 'Guest', email: 'guest.joiner@example.com', join_offset_minutes: 4, leave_offset_minutes: 12 },
        ],
      },
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const bare = await plainMeeting(t, token, 'Unkeyed report')
    const window = `from=${day(t.clock.now() - 2 * DAY)}&to=${day(t.clock.now())}`
    const hosted = await t.call(`GET`, `/v2/report/users/${ownerId}/meetings?${window}`, { token })
    assert.equal(hosted.status, 200, JSON.stringify(hosted.body))
    const row = find(items(hosted.body.meetings), (m) => m.uuid === uuid)
    const start = Date.parse(str(row.start_time))
    assert.equal(row.schedule_time, reportMinute(scheduled))
    assert.deepEqual(row.custom_keys, keys)
    assert.equal(row.join_time, reportMinute(start + 2 * 60_000))
    assert.equal(row.leave_time, reportMinute(start + 25 * 60_000))
    // No Video SDK session, and the host went straight in without waiting.
    assert.equal(row.session_key, undefined)
    assert.equal(row.join_waiting_room_time, undefined)
    // A meeting without custom keys leaves the member out; the host joined it too.
    const unkeyed = find(items(hosted.body.meetings), (m) => m.uuid === bare)
    assert.equal(unkeyed.custom_keys, undefined)
    assert.equal(typeof unkeyed.join_time, 'string')

    const joined = await t.call(`GET`, `/v2/report/users/${guestId}/meetings?${window}&type=pastJoined`, { token })
    assert.equal(joined.status, 200, JSON.stringify(joined.body))
    const seen = find(items(joined.body.meetings), (m) => m.uuid === uuid)
    assert.equal(seen.join_time, reportMinute(start + 4 * 60_000))
    assert.equal(seen.leave_time, reportMinute(start + 12 * 60_000))
    assert.equal(seen.schedule_time, reportMinute(scheduled))
  })
})
