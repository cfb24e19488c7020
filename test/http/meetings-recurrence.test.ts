import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import { fieldError, find } from '../helpers/json.js'
import type { Meeting, MeetingList } from '../helpers/shapes.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000

describe('Recurring meetings and occurrences over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const create = (body: unknown) => t.call<Meeting>('POST', '/v2/users/me/meetings', { token, body })
  const get = (id: number, qs = '') => t.call<Meeting>('GET', `/v2/meetings/${id}${qs}`, { token })
  const starts = (m: Meeting) => m.occurrences.map((o) => o.start_time)

  it('weekly on two weekdays, five times; occurrence ids are the epoch ms of each start', async () => {
    // 2026-11-10 is a Tuesday; days 2 and 4 are Monday and Wednesday.
    const res = await create({
      topic: 'Sync',
      type: 8,
      start_time: '2026-11-10T10:00:00Z',
      duration: 30,
      recurrence: { type: 2, weekly_days: '2,4', end_times: 5 },
    })
    assert.equal(res.status, 201)
    assert.deepEqual(starts(res.body), [
      '2026-11-11T10:00:00Z',
      '2026-11-16T10:00:00Z',
      '2026-11-18T10:00:00Z',
      '2026-11-23T10:00:00Z',
      '2026-11-25T10:00:00Z',
    ])
    for (const o of res.body.occurrences) {
      assert.equal(o.occurrence_id, String(Date.parse(o.start_time)))
      assert.equal(o.duration, 30)
      assert.equal(o.status, 'available')
    }
    assert.equal(res.body.start_time, '2026-11-11T10:00:00Z')
    assert.deepEqual(res.body.recurrence, { type: 2, repeat_interval: 1, weekly_days: '2,4', end_times: 5 })
  })

  it('occurrences keep their wall-clock time across a daylight-saving change', async () => {
    const res = await create({
      type: 8,
      start_time: '2027-03-02T10:00:00',
      timezone: 'America/New_York',
      recurrence: { type: 2, weekly_days: '3', end_times: 4 },
    })
    assert.deepEqual(starts(res.body), [
      '2027-03-02T15:00:00Z',
      '2027-03-09T15:00:00Z',
      '2027-03-16T14:00:00Z',
      '2027-03-23T14:00:00Z',
    ])
  })

  it('daily with an interval, and up to end_date_time', async () => {
    let res = await create({
      type: 8,
      start_time: '2026-12-01T09:00:00Z',
      recurrence: { type: 1, repeat_interval: 3, end_times: 3 },
    })
    assert.deepEqual(starts(res.body), ['2026-12-01T09:00:00Z', '2026-12-04T09:00:00Z', '2026-12-07T09:00:00Z'])
    res = await create({
      type: 8,
      start_time: '2026-12-01T09:00:00Z',
      recurrence: { type: 1, end_date_time: '2026-12-04T00:00:00Z' },
    })
    assert.deepEqual(starts(res.body), [
      '2026-12-01T09:00:00Z',
      '2026-12-02T09:00:00Z',
      '2026-12-03T09:00:00Z',
      '2026-12-04T09:00:00Z',
    ])
    assert.equal(res.body.recurrence.end_date_time, '2026-12-04T00:00:00Z')
    assert.equal(res.body.recurrence.end_times, undefined)
  })

  it('monthly by day of month (short months use their last day) and by week', async () => {
    let res = await create({
      type: 8,
      start_time: '2027-01-31T12:00:00Z',
      recurrence: { type: 3, monthly_day: 31, end_times: 3 },
    })
    assert.deepEqual(starts(res.body), ['2027-01-31T12:00:00Z', '2027-02-28T12:00:00Z', '2027-03-31T12:00:00Z'])
    // The last Friday (6) of every second month.
    res = await create({
      type: 8,
      start_time: '2026-12-01T12:00:00Z',
      recurrence: { type: 3, monthly_week: -1, monthly_week_day: 6, repeat_interval: 2, end_times: 3 },
    })
    assert.deepEqual(starts(res.body), ['2026-12-25T12:00:00Z', '2027-02-26T12:00:00Z', '2027-04-30T12:00:00Z'])
    // The second Monday (2).
    res = await create({
      type: 8,
      start_time: '2026-12-01T12:00:00Z',
      recurrence: { type: 3, monthly_week: 2, monthly_week_day: 2, end_times: 2 },
    })
    assert.deepEqual(starts(res.body), ['2026-12-14T12:00:00Z', '2027-01-11T12:00:00Z'])
  })

  it('end_times up to 60; caps on repeat_interval; end_times and end_date_time not together', async () => {
    const ok = await create({ type: 8, start_time: '2026-12-01T09:00:00Z', recurrence: { type: 1, end_times: 60 } })
    assert.equal(ok.body.occurrences.length, 60)
    const bad = async (recurrence: unknown, field: string) => {
      const res = await create({ type: 8, start_time: '2026-12-01T09:00:00Z', recurrence })
      assert.equal(res.status, 400, JSON.stringify(recurrence))
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, field)
    }
    await bad({ type: 1, end_times: 61 }, 'recurrence.end_times')
    await bad({ type: 1, repeat_interval: 91 }, 'recurrence.repeat_interval')
    await bad({ type: 2, repeat_interval: 13, weekly_days: '2' }, 'recurrence.repeat_interval')
    await bad({ type: 3, repeat_interval: 4 }, 'recurrence.repeat_interval')
    await bad({ type: 3, monthly_week: 2 }, 'recurrence.monthly_week_day')
    await bad({ type: 1, end_times: 3, end_date_time: '2026-12-10T00:00:00Z' }, 'recurrence.end_date_time')
    await bad({ type: 1, end_date_time: '2026-11-20T00:00:00Z' }, 'recurrence.end_date_time')
    await bad({ type: 2, weekly_days: '8' }, 'recurrence.weekly_days')
    const missing = await create({ type: 8, start_time: '2026-12-01T09:00:00Z' })
    assert.equal(missing.status, 400)
    assert.deepEqual(missing.body.errors, [{ field: 'recurrence', message: 'This field is required.' }])
  })

  it('GET with occurrence_id shows that occurrence; an unknown occurrence is 400/3000', async () => {
    const m = (
      await create({ type: 8, start_time: '2026-12-01T09:00:00Z', duration: 40, recurrence: { type: 1, end_times: 3 } })
    ).body
    const second = m.occurrences[1]
    const res = await get(m.id, `?occurrence_id=${second.occurrence_id}`)
    assert.equal(res.status, 200)
    assert.equal(res.body.start_time, second.start_time)
    assert.equal(res.body.duration, 40)
    const bad = await get(m.id, '?occurrence_id=123')
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body, { code: 3000, message: 'Invalid occurrence_id.' })
  })

  it('occurrences that are over are hidden unless show_previous_occurrences=true', async () => {
    const start = t.clock.now() + DAY
    const m = (
      await create({ type: 8, start_time: new Date(start).toISOString(), recurrence: { type: 1, end_times: 4 } })
    ).body
    // The second occurrence has just begun: it is not over, so it still shows.
    t.clock.advance(2 * DAY)
    token = await t.token()
    assert.equal((await get(m.id)).body.occurrences.length, 3)
    t.clock.advance(2 * 3600_000)
    token = await t.token()
    const now = (await get(m.id)).body
    assert.equal(now.occurrences.length, 2)
    assert.equal(now.start_time, m.occurrences[2].start_time)
    const all = (await get(m.id, '?show_previous_occurrences=true')).body
    assert.equal(all.occurrences.length, 4)
  })

  it('PATCH one occurrence: its start, duration and settings change alone; meeting.updated names only it', async () => {
    const m = (
      await create({
        type: 8,
        start_time: '2027-01-04T09:00:00Z',
        duration: 30,
        settings: { waiting_room: false },
        recurrence: { type: 2, weekly_days: '2', end_times: 3 },
      })
    ).body
    const target = m.occurrences[1]
    const res = await t.call('PATCH', `/v2/meetings/${m.id}?occurrence_id=${target.occurrence_id}`, {
      token,
      body: {
        start_time: '2027-01-12T15:00:00Z',
        duration: 90,
        topic: 'ignored for one occurrence',
        settings: { mute_upon_entry: true, host_video: true },
      },
    })
    assert.equal(res.status, 204)
    const one = (await get(m.id, `?occurrence_id=${target.occurrence_id}`)).body
    assert.equal(one.start_time, '2027-01-12T15:00:00Z')
    assert.equal(one.duration, 90)
    assert.equal(one.settings.mute_upon_entry, true)
    assert.equal(one.settings.host_video, true)
    const series = (await get(m.id)).body
    assert.equal(series.topic, m.topic)
    assert.equal(series.settings.mute_upon_entry, false)
    assert.deepEqual(
      series.occurrences.map((o) => [o.occurrence_id, o.start_time, o.duration]),
      [
        [m.occurrences[0].occurrence_id, '2027-01-04T09:00:00Z', 30],
        [target.occurrence_id, '2027-01-12T15:00:00Z', 90],
        [m.occurrences[2].occurrence_id, '2027-01-18T09:00:00Z', 30],
      ],
    )
    const ev = find(await outboxEvents<Meeting>(t, 'meeting.updated'), (e) => e.payload.object.id === m.id)
    assert.equal(ev.payload.scope, 'single')
    assert.deepEqual(
      ev.payload.object.occurrences.map((o) => o.occurrence_id),
      [target.occurrence_id],
    )
    assert.equal(ev.payload.object.occurrences[0].start_time, '2027-01-12T15:00:00Z')
    assert.equal(ev.payload.old_object.occurrences[0].start_time, target.start_time)

    const bad = await t.call('PATCH', `/v2/meetings/${m.id}?occurrence_id=1`, { token, body: { duration: 5 } })
    assert.equal(bad.status, 400)
    assert.equal(bad.body.code, 3000)
  })

  it('DELETE one occurrence: it stays listed as deleted; the others and the series stay', async () => {
    const m = (
      await create({
        type: 8,
        start_time: '2027-02-01T09:00:00Z',
        recurrence: { type: 2, weekly_days: '2', end_times: 5 },
      })
    ).body
    const victim = m.occurrences[2]
    const res = await t.call('DELETE', `/v2/meetings/${m.id}?occurrence_id=${victim.occurrence_id}`, { token })
    assert.equal(res.status, 204)
    const got = (await get(m.id)).body
    assert.deepEqual(
      got.occurrences.map((o) => o.status),
      ['available', 'available', 'deleted', 'available', 'available'],
    )
    assert.equal(
      (await t.call('DELETE', `/v2/meetings/${m.id}?occurrence_id=${victim.occurrence_id}`, { token })).status,
      204,
    )
    const evs = (await outboxEvents<Meeting>(t, 'meeting.deleted')).filter((e) => e.payload.object.id === m.id)
    assert.equal(evs.length, 1)
    assert.equal(evs[0].payload.operation, 'single')
    assert.deepEqual(evs[0].payload.object.occurrences, [
      { occurrence_id: victim.occurrence_id, start_time: victim.start_time },
    ])
    // A deleted occurrence cannot be changed, and a non-recurring meeting has none.
    assert.equal(
      (
        await t.call('PATCH', `/v2/meetings/${m.id}?occurrence_id=${victim.occurrence_id}`, {
          token,
          body: { duration: 10 },
        })
      ).body.code,
      3000,
    )
    const plain = (await create({ type: 2 })).body
    const none = await t.call('DELETE', `/v2/meetings/${plain.id}?occurrence_id=${victim.occurrence_id}`, { token })
    assert.equal(none.status, 400)
    assert.deepEqual(none.body, { code: 3000, message: 'Invalid occurrence_id.' })
  })

  it('PATCH recurrence reschedules the series; occurrences that survive keep their state', async () => {
    const m = (await create({ type: 8, start_time: '2027-03-01T09:00:00Z', recurrence: { type: 1, end_times: 5 } }))
      .body
    await t.call('DELETE', `/v2/meetings/${m.id}?occurrence_id=${m.occurrences[1].occurrence_id}`, { token })
    const res = await t.call('PATCH', `/v2/meetings/${m.id}`, {
      token,
      body: { recurrence: { type: 1, end_times: 3 } },
    })
    assert.equal(res.status, 204)
    const got = (await get(m.id)).body
    assert.deepEqual(
      got.occurrences.map((o) => [o.start_time, o.status]),
      [
        ['2027-03-01T09:00:00Z', 'available'],
        ['2027-03-02T09:00:00Z', 'deleted'],
        ['2027-03-03T09:00:00Z', 'available'],
      ],
    )
    assert.deepEqual(got.recurrence, { type: 1, repeat_interval: 1, end_times: 3 })
    const moved = await t.call('PATCH', `/v2/meetings/${m.id}`, {
      token,
      body: { start_time: '2027-03-10T07:00:00Z', duration: 20 },
    })
    assert.equal(moved.status, 204)
    const after = (await get(m.id)).body
    assert.deepEqual(starts(after), ['2027-03-10T07:00:00Z', '2027-03-11T07:00:00Z', '2027-03-12T07:00:00Z'])
    assert.ok(after.occurrences.every((o) => o.duration === 20 && o.status === 'available'))
  })

  it('a series whose occurrences are all over is a previous meeting, not an upcoming one', async () => {
    const host = await t.server.svc.users.create(t.seed.accountId, {
      action: 'custCreate',
      email: 'series-host@example.com',
      type: 2,
    })
    const start = t.clock.now() + DAY
    const m = (
      await t.call('POST', `/v2/users/${host.id}/meetings`, {
        token,
        body: { type: 8, start_time: new Date(start).toISOString(), recurrence: { type: 1, end_times: 2 } },
      })
    ).body
    const ids = async (type: string) =>
      (await t.call<MeetingList>('GET', `/v2/users/${host.id}/meetings?type=${type}`, { token })).body.meetings.map(
        (x) => x.id,
      )
    assert.deepEqual(await ids('upcoming'), [m.id])
    assert.deepEqual(await ids('previous_meetings'), [])
    t.clock.advance(3 * DAY)
    token = await t.token()
    assert.deepEqual(await ids('upcoming'), [])
    assert.deepEqual(await ids('previous_meetings'), [m.id])
    assert.deepEqual(await ids('scheduled'), [m.id])
  })
})
