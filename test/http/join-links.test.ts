import assert from 'node:assert/strict'
import { after, before, describe, it, mock } from 'node:test'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, obj, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

interface Room {
  status: string
  in_meeting: boolean
  in_waiting_room: boolean
  waiting_room?: { title?: string; description?: string }
  participants: Array<{ name: string; host: boolean; me: boolean }>
}

/** Runs `fn` with real time (Date) standing still except when `fn` moves it; the server clock is not touched. */
async function withRealTime<T>(fn: (tick: (ms: number) => void) => Promise<T>): Promise<T> {
  mock.timers.enable({ apis: ['Date'], now: Date.now() })
  try {
    return await fn((ms) => mock.timers.tick(ms))
  } finally {
    mock.timers.reset()
  }
}

describe('Join and start links over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const meeting = async (body: object) => {
    const id = await createMeeting(t, token, { topic: 'Link test', type: 2, ...body })
    const res = await t.call('GET', `/v2/meetings/${id}`, { token })
    return { id, joinUrl: new URL(str(res.body.join_url)), startUrl: new URL(str(res.body.start_url)) }
  }
  const page = (url: URL | string, headers: Record<string, string> = {}) =>
    t.call('GET', typeof url === 'string' ? url : url.pathname + url.search, { headers })
  const reasonOf = (text: string) => /data-reason="(\w+)"/.exec(text)?.[1]
  const enter = (body: object) =>
    t.call<{ waiting?: boolean; handle?: string; in_waiting_room?: boolean }>('POST', '/web/join/enter', { body })
  const start = (id: number, zak: string | null) =>
    t.call<{ handle?: string }>('POST', '/web/join/start', { body: { meeting_id: id, zak } })
  const state = (h: string) => t.call<Room>('GET', `/web/join/state?h=${encodeURIComponent(h)}`)
  const leave = (h: string) => t.call('POST', `/web/join/leave?h=${encodeURIComponent(h)}`)

  it('opens a join link with its passcode, and refuses a wrong or missing one with a page asking for it', async () => {
    const m = await meeting({ password: 'abc123' })
    assert.match(m.joinUrl.pathname, new RegExp(`^/j/${m.id}$`))
    const ok = await page(m.joinUrl)
    assert.equal(ok.status, 200)
    assert.equal(ok.headers.get('content-type'), 'text/html; charset=utf-8')
    assert.match(ok.text, /Link test/)
    assert.match(ok.text, /id="name-form"/)

    const wrong = await page(`/j/${m.id}?pwd=nope.1&uname=Ann`)
    assert.equal(wrong.status, 403)
    assert.equal(reasonOf(wrong.text), 'wrongPasscode')
    assert.match(wrong.text, /name="uname" value="Ann"/)
    assert.equal((await page(`/j/${m.id}`)).status, 403)
    assert.equal((await page(`/j/${m.id}?passcode=abc123`)).status, 200)

    const zh = await page(`/j/${m.id}`, { 'accept-language': 'zh-CN,zh;q=0.9' })
    assert.match(zh.text, /密码错误或缺失/)
    assert.match((await page(`/j/${m.id}?lang=en`, { 'accept-language': 'zh-CN' })).text, /passcode is wrong/)

    const refusedJoin = await enter({ meeting_id: m.id, path: 'j', pwd: 'nope.1', name: 'Ann' })
    assert.equal(refusedJoin.status, 403)
  })

  it('answers unknown meetings and webinars on the meeting path with a not-found page', async () => {
    assert.equal(reasonOf((await page('/j/99999999999')).text), 'noMeeting')
    assert.equal((await page('/j/abc')).status, 404)
    const webinarId = await createWebinar(t, token, { topic: 'Web', type: 5 }).catch(() => undefined)
    if (webinarId === undefined) return
    const w = await t.call('GET', `/v2/webinars/${webinarId}`, { token })
    const url = new URL(str(w.body.join_url))
    assert.match(url.pathname, /^\/w\//)
    assert.equal((await page(`/j/${webinarId}${url.search}`)).status, 404)
    assert.equal((await page(url)).status, 200)
  })

  it('refuses an expired, altered or borrowed start link with a clear page', async () => {
    const m = await meeting({})
    const other = await meeting({})
    const zak = m.startUrl.searchParams.get('zak') ?? ''
    assert.equal((await page(m.startUrl)).status, 200)
    assert.equal(reasonOf((await page(`/s/${other.id}?zak=${zak}`)).text), 'badZak')
    assert.equal((await page(`/s/${m.id}?zak=${zak.slice(0, -2)}xx`)).status, 403)
    assert.equal((await page(`/s/${m.id}`)).status, 403)
    // The start link lives until its ZAK's `exp` (two hours, or 90 days for hosts made with custCreate).
    const exp = Number(JSON.parse(Buffer.from(zak.split('.')[1], 'base64url').toString()).exp) * 1000
    t.clock.advance(exp - t.clock.now() + 1000)
    token = await t.token()
    const expired = await page(m.startUrl)
    assert.equal(expired.status, 403)
    assert.match(expired.text, /start link has expired/)
    assert.equal((await start(m.id, zak)).status, 403)
    assert.equal((await outboxEvents(t, 'meeting.started')).length, 0)
  })

  it('holds a meeting: attendees wait for the host, join, leave, time out, and the host ends it', async () => {
    const m = await meeting({ password: 'pass77', settings: { waiting_room: false } })
    const pwd = str(m.joinUrl.searchParams.get('pwd'))
    const zak = str(m.startUrl.searchParams.get('zak'))

    const early = await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Bea' })
    assert.deepEqual(early.body, { waiting: true })
    assert.equal((await outboxEvents(t, 'meeting.started')).length, 0)

    const host = await start(m.id, zak)
    assert.equal(host.status, 200, JSON.stringify(host.body))
    const hostH = str(host.body.handle)
    const started = await outboxEvents(t, 'meeting.started')
    assert.equal(started.length, 1)
    assert.equal(started[0].payload.object.id, String(m.id))

    const bea = await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Bea' })
    const beaH = str(bea.body.handle)
    const cid = await enter({ meeting_id: m.id, path: 'j', passcode: 'pass77', name: 'Cid' })
    const cidH = str(cid.body.handle)

    const seen = await state(hostH)
    assert.equal(seen.status, 200)
    assert.equal(seen.body.status, 'started')
    assert.deepEqual(
      seen.body.participants.map((p) => [p.name, p.host, p.me]),
      [
        [seen.body.participants[0].name, true, true],
        ['Bea', false, false],
        ['Cid', false, false],
      ],
    )
    const uuid = str((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.uuid)
    const live = await t.call('GET', `/v2/metrics/meetings/${encodeURIComponent(uuid)}/participants?type=live`, {
      token,
    })
    assert.equal(live.status, 200, JSON.stringify(live.body))
    assert.deepEqual(
      items(live.body.participants)
        .map((p) => p.user_name)
        .slice(1),
      ['Bea', 'Cid'],
    )
    // Everyone here came in from a browser, and is recorded as Zoom's web client.
    assert.deepEqual(
      items(live.body.participants).map((p) => p.device),
      ['Web', 'Web', 'Web'],
    )

    // Bea presses Leave, then her tab closes too: one leave.
    assert.equal((await leave(beaH)).status, 204)
    assert.equal((await leave(beaH)).status, 204)
    assert.equal((await state(beaH)).body.in_meeting, false)
    assert.equal((await outboxEvents<{ participant: Record<string, string> }>(t, 'meeting.participant_left')).length, 1)

    // A handle cannot be forged or pointed at another meeting, and only the host's ends the meeting.
    const forged = `${hostH.split('.')[0]}.${Buffer.from(JSON.stringify({ aud: 'webjoin' })).toString('base64url')}.${hostH.split('.')[2]}`
    assert.equal((await state(forged)).status, 404)
    assert.equal((await t.call('POST', `/web/join/end?h=${encodeURIComponent(cidH)}`)).status, 400)

    // Cid's tab crashes: the host keeps polling, Cid does not, and after 30 s of real time Cid is out.
    const after = await withRealTime(async (tick) => {
      tick(20_000)
      await state(hostH)
      tick(15_000)
      return state(hostH)
    })
    assert.deepEqual(
      after.body.participants.map((p) => p.name),
      [after.body.participants[0].name],
    )
    const left = await outboxEvents<{ participant: Record<string, string> }>(t, 'meeting.participant_left')
    assert.equal(left.length, 2)
    assert.equal(left[1].payload.object.participant.leave_reason, 'Cid got disconnected from the meeting.')

    assert.equal((await t.call('POST', `/web/join/end?h=${encodeURIComponent(hostH)}`)).status, 204)
    assert.equal((await outboxEvents(t, 'meeting.ended')).length, 1)
    assert.equal((await state(hostH)).body.status, 'ended')
    assert.equal((await outboxEvents(t, 'meeting.participant_joined')).length, 3)

    const past = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(uuid)}/participants`, { token })
    assert.equal(past.status, 200, JSON.stringify(past.body))
    assert.deepEqual(
      items(past.body.participants)
        .map((p) => p.name)
        .slice(1),
      ['Bea', 'Cid'],
    )
    const metrics = await t.call('GET', `/v2/metrics/meetings/${encodeURIComponent(uuid)}/participants?type=past`, {
      token,
    })
    assert.equal(items(metrics.body.participants).length, 3)
  })

  it('keeps polling pages in across a clock advance; any process on the database answers and sweeps', async () => {
    const m = await meeting({ password: 'pass88', settings: { waiting_room: false } })
    const hostH = str((await start(m.id, str(m.startUrl.searchParams.get('zak')))).body.handle)
    const pwd = str(m.joinUrl.searchParams.get('pwd'))
    const deeH = str((await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Dee' })).body.handle)
    const names = async (h: string, on: TestServer = t) =>
      (await on.call<Room>('GET', `/web/join/state?h=${encodeURIComponent(h)}`)).body.participants.map((p) => p.name)
    const leftBefore = (await outboxEvents(t, 'meeting.participant_left')).length

    // A simulated hour passes in an instant: pages that were polling a moment ago are still there.
    t.clock.advance(60 * 60_000)
    token = await t.token()
    assert.ok((await names(hostH)).includes('Dee'))
    assert.equal((await state(deeH)).body.in_meeting, true)

    // A second process on the same PostgreSQL database answers the same pages (SQLite allows one server per file).
    const other = process.env.TEST_DATABASE_URL
      ? await startTestServer({ databaseUrl: t.config.databaseUrl, clock: t.clock })
      : undefined
    try {
      const second = other ?? t
      assert.equal(
        (await second.call<Room>('GET', `/web/join/state?h=${encodeURIComponent(deeH)}`)).body.in_meeting,
        true,
      )
      // Dee's tab now polls only the second process, the host only the first: neither is swept for it.
      const { seen, later } = await withRealTime(async (tick) => {
        for (let i = 0; i < 5; i++) {
          tick(10_000)
          await names(deeH, second)
          await names(hostH)
        }
        const seen = await names(hostH)
        // Dee's tab goes quiet; the host's page, still polling, sees her swept once 30 s have passed.
        tick(31_000)
        await names(hostH, second)
        return { seen, later: await names(hostH) }
      })
      assert.ok(seen.includes('Dee'), seen.join(', '))
      assert.ok(!later.includes('Dee'), later.join(', '))
      // Only the sweep closed her session, once, although two processes could have.
      const left = await outboxEvents<{ participant: Record<string, string> }>(t, 'meeting.participant_left')
      assert.equal(left.length, leftBefore + 1)
      assert.equal(left.at(-1)?.payload.object.participant.leave_reason, 'Dee got disconnected from the meeting.')
    } finally {
      await other?.close()
    }
  })

  it('lets attendees start a meeting that allows joining before the host', async () => {
    const m = await meeting({ settings: { join_before_host: true, waiting_room: false } })
    const pwd = m.joinUrl.searchParams.get('pwd') ?? undefined
    const first = await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Early' })
    assert.ok(first.body.handle, JSON.stringify(first.body))
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.status, 'started')
    assert.equal((await enter({ meeting_id: m.id, path: 'j', pwd, name: ' ' })).status, 400)
  })

  it('holds guests in the waiting room until the host admits them, and lets them leave from it', async () => {
    const m = await meeting({})
    const settings = obj((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.settings)
    assert.equal(settings.waiting_room, true)
    const pwd = m.joinUrl.searchParams.get('pwd') ?? undefined
    const hostH = str((await start(m.id, str(m.startUrl.searchParams.get('zak')))).body.handle)
    const uuid = str((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.uuid)
    const liveRows = async () =>
      items(
        (await t.call('GET', `/v2/metrics/meetings/${encodeURIComponent(uuid)}/participants?type=live`, { token })).body
          .participants,
      )

    const eve = await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Eve' })
    assert.equal(eve.status, 200, JSON.stringify(eve.body))
    assert.equal(eve.body.in_waiting_room, true)
    const eveH = str(eve.body.handle)
    const held = await state(eveH)
    assert.deepEqual(held.body, { status: 'started', in_meeting: false, in_waiting_room: true, participants: [] })
    assert.deepEqual(
      (await state(hostH)).body.participants.map((p) => p.me),
      [true],
    )
    const row = find(await liveRows(), (p) => p.user_name === 'Eve')
    assert.equal(row.status, 'in_waiting_room')
    const waited = await outboxEvents<{ participant: Record<string, string> }>(
      t,
      'meeting.participant_joined_waiting_room',
    )
    assert.deepEqual(
      waited.map((e) => e.payload.object.participant.user_name),
      ['Eve'],
    )

    // What the host writes for the waiting room during the meeting is shown to those held.
    const update = await t.call('PATCH', `/v2/live_meetings/${m.id}/events`, {
      token,
      body: {
        method: 'waiting_room.update',
        params: { waiting_room_title: 'Welcome', waiting_room_description: 'Soon.' },
      },
    })
    assert.equal(update.status, 202, JSON.stringify(update.body))
    assert.deepEqual((await state(eveH)).body.waiting_room, { title: 'Welcome', description: 'Soon.' })

    // The host's side names her by the participant id the simulator's live view gives.
    const simView = await t.call('GET', `/sim/meetings/${m.id}`, { token })
    const pid = str(find(items(simView.body.participants), (p) => p.name === 'Eve').participant_id)
    const admitted = await t.call('POST', `/sim/meetings/${m.id}/participants/${encodeURIComponent(pid)}/admit`, {
      token,
      body: {},
    })
    assert.equal(admitted.status, 201, JSON.stringify(admitted.body))
    const inside = await state(eveH)
    assert.equal(inside.body.in_meeting, true)
    assert.equal(inside.body.in_waiting_room, false)
    assert.deepEqual(
      inside.body.participants.map((p) => [p.me, p.host]),
      [
        [false, true],
        [true, false],
      ],
    )
    assert.ok((await liveRows()).some((p) => p.user_name === 'Eve' && p.status === 'in_meeting'))

    // Put back, she waits again; Leave then closes her waiting session for Zoom's one reason.
    const back = await t.call(
      'POST',
      `/sim/meetings/${m.id}/participants/${encodeURIComponent(pid)}/put_in_waiting_room`,
      {
        token,
      },
    )
    assert.equal(back.status, 201, JSON.stringify(back.body))
    assert.equal((await state(eveH)).body.in_waiting_room, true)
    assert.equal((await leave(eveH)).status, 204)
    const gone = await state(eveH)
    assert.equal(gone.body.in_meeting, false)
    assert.equal(gone.body.in_waiting_room, false)
    const rows = (await liveRows()).filter((p) => p.user_name === 'Eve')
    assert.equal(rows.at(-1)?.leave_reason, 'Leave waiting room.')

    // A held guest whose tab goes quiet leaves the waiting room too.
    const finH = str((await enter({ meeting_id: m.id, path: 'j', pwd, name: 'Fin' })).body.handle)
    assert.equal((await state(finH)).body.in_waiting_room, true)
    await withRealTime(async (tick) => {
      tick(31_000)
      await state(hostH)
    })
    const finLeft = await outboxEvents<{ participant: Record<string, string> }>(
      t,
      'meeting.participant_left_waiting_room',
    )
    assert.deepEqual(
      finLeft.map((e) => e.payload.object.participant.user_name),
      ['Eve', 'Fin'],
    )

    // With the setting turned off, guests go straight in.
    const open = await meeting({})
    const off = await t.call('PATCH', `/v2/meetings/${open.id}`, { token, body: { settings: { waiting_room: false } } })
    assert.equal(off.status, 204, JSON.stringify(off.body))
    await start(open.id, str(open.startUrl.searchParams.get('zak')))
    const gus = await enter({ meeting_id: open.id, path: 'j', pwd: open.joinUrl.searchParams.get('pwd'), name: 'Gus' })
    assert.equal(gus.body.in_waiting_room, false)
    assert.equal((await state(str(gus.body.handle))).body.in_meeting, true)
  })
})
