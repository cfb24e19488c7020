// The console at `/`: its pages in both languages, who may open it, and each of its actions, checked through the
// API and the simulator as a client would see the result.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, must, num, obj, refused, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { failedUserCreatedDelivery } from '../helpers/rivet-webhooks.js'
import type { TestServer } from '../helpers/server.js'

const HOUR = 60 * 60 * 1000

describe('Console', () => {
  let t: TestServer
  let token: string
  let accountId: string
  const act = (path: string, body: unknown = {}, headers: Record<string, string> = { 'x-console': '1' }) =>
    t.call('POST', `/console/api/accounts/${accountId}${path}`, { body, headers })
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.origin}${path}`, { headers, redirect: 'manual' })
    return { status: res.status, text: await res.text(), location: res.headers.get('location') ?? '', res }
  }

  before(async () => {
    ;({ t, token } = await startWithOwner())
    accountId = t.seed.accountId
  })
  after(() => t.close())

  it('sends `/` to the console in the browser’s language, and renders each page in English and Chinese', async () => {
    assert.equal((await page('/', { 'accept-language': 'en-US,en;q=0.9' })).location, '/console/en')
    assert.equal((await page('/', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' })).location, '/console/zh')
    const en = await page('/console/en')
    assert.equal(en.status, 200)
    assert.match(en.text, /<html lang="en">/)
    assert.match(en.text, /Apps and credentials/)
    assert.ok(en.text.includes(t.seed.clientId) && en.text.includes(t.seed.clientSecret))
    const zh = await page('/console/zh')
    assert.match(zh.text, /<html lang="zh-CN">/)
    assert.match(zh.text, /应用和凭据/)
    for (const [path, en, zh] of [
      ['/meetings', 'Upcoming', '即将开始'],
      ['/recordings', 'Recordings', '录制'],
      ['/webhooks', 'Event subscriptions', '事件订阅'],
    ]) {
      assert.match((await page(`/console/en${path}`)).text, new RegExp(en))
      assert.match((await page(`/console/zh${path}`)).text, new RegExp(zh))
    }
    // The API and the reference are where they were.
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
    assert.equal((await page('/docs/en')).status, 200)
  })

  it('shows the API’s values in words of the page’s language, and times to the second', async () => {
    const zh = (await page('/console/zh')).text
    assert.match(zh, /<td>商业版<\/td>/)
    assert.match(zh, /<td>活跃<\/td>/)
    assert.match((await page('/console/en')).text, /<td>Business<\/td>/)
    const id = await createMeeting(t, token, { topic: 'Console labels', type: 2, start_time: '2026-12-24T10:00:00Z' })
    const list = (await page('/console/en/meetings')).text
    const row = must(new RegExp(`<tr data-meeting="${id}">[\\s\\S]*?</tr>`).exec(list), 'row')[0]
    assert.match(row, /<td>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/td>/)
    const meeting = (await page(`/console/zh/meetings/${id}`)).text
    assert.match(meeting, /data-status="waiting">等待开始</)
    assert.match(meeting, /<option value="Wired">有线<\/option>/)
    // Before the start only Start applies.
    assert.match(meeting, /class="start"[^>]*data-post="[^"]*"\s*>/)
    assert.match(meeting, /class="danger end"[^>]*disabled/)
    assert.match(meeting, /id="people-none">暂无内容。/)
  })

  it('answers the browser’s icon request, and every page names its icon', async () => {
    const ico = await fetch(`${t.origin}/favicon.ico`)
    assert.equal(ico.status, 200)
    assert.equal(ico.headers.get('content-type'), 'image/x-icon')
    const bytes = Buffer.from(await ico.arrayBuffer())
    // An ICO header for one image, which is a PNG.
    assert.deepEqual([...bytes.subarray(0, 6)], [0, 0, 1, 0, 1, 0])
    assert.equal(bytes.subarray(23, 26).toString('latin1'), 'PNG')
    const svg = await fetch(`${t.origin}/favicon.svg`)
    assert.match(svg.headers.get('content-type') ?? '', /^image\/svg\+xml/)
    assert.match(await svg.text(), /^<svg /)
    assert.match((await page('/console/en')).text, /<link rel="icon" type="image\/svg\+xml" href="\/favicon.svg" \/>/)
  })

  it('answers only on loopback without a password, and asks for CONSOLE_PASSWORD when one is set', async () => {
    const remote = await t.server.app.inject({ method: 'GET', url: '/console/en', remoteAddress: '10.1.2.3' })
    assert.equal(remote.statusCode, 403)
    assert.match(remote.body, /CONSOLE_PASSWORD/)
    const remoteApi = await t.server.app.inject({
      method: 'POST',
      url: '/console/api/clock/advance',
      remoteAddress: '10.1.2.3',
      headers: { 'x-console': '1' },
      payload: { minutes: 1 },
    })
    assert.equal(remoteApi.statusCode, 403)
    // A page of another site whose name was rebound to 127.0.0.1 sends its own Host; a proxy adds its headers.
    const local = (headers: Record<string, string>) =>
      t.server.app.inject({ method: 'GET', url: '/console/en', remoteAddress: '127.0.0.1', headers })
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.nip.io:80', 'localhost.evil.example'])
      assert.equal((await local({ host })).statusCode, 403, host)
    assert.equal((await local({ host: 'localhost:80', 'x-forwarded-for': '10.1.2.3' })).statusCode, 403)
    assert.equal((await local({ host: 'localhost:80', forwarded: 'for=10.1.2.3' })).statusCode, 403)
    for (const host of ['localhost', 'LOCALHOST:9999', '127.0.0.1:1234', '[::1]:8080'])
      assert.equal((await local({ host })).statusCode, 200, host)

    t.config.consolePassword = 'open sesame'
    try {
      const asked = await page('/console/en/meetings')
      assert.equal(asked.status, 303)
      assert.match(asked.location, /^\/console\/sign-in\?lang=en&next=%2Fconsole%2Fen%2Fmeetings/)
      assert.equal((await act('/meetings/1/start')).status, 401)
      const form = (password: string) =>
        fetch(`${t.origin}/console/sign-in`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ password, lang: 'en', next: '/console/en/meetings' }).toString(),
        })
      const wrong = await form('guess')
      assert.equal(wrong.status, 303)
      assert.match(wrong.headers.get('location') ?? '', /failed=1/)
      assert.equal(wrong.headers.get('set-cookie'), null)
      // A wrong password is answered only after a pause, longer for each further try from the same address.
      const began = Date.now()
      assert.equal((await form('guess again')).status, 303)
      assert.ok(Date.now() - began >= 500, `${Date.now() - began} ms`)
      const right = await form('open sesame')
      assert.equal(right.headers.get('location'), '/console/en/meetings')
      const cookie = (right.headers.get('set-cookie') ?? '').split(';')[0]
      assert.match(cookie, /^zoom_console=\d+\.[\w-]+$/)
      assert.equal((await page('/console/en/meetings', { cookie })).status, 200)
      assert.equal((await page('/console/en/meetings', { cookie: cookie.slice(0, -2) + 'xx' })).status, 303)
      // The password opens it from any address.
      const signedRemote = await t.server.app.inject({
        method: 'GET',
        url: '/console/zh',
        remoteAddress: '10.1.2.3',
        headers: { cookie },
      })
      assert.equal(signedRemote.statusCode, 200)
    } finally {
      t.config.consolePassword = undefined
    }
  })

  it('starts a meeting, adds participants, shares, records and ends it; the API and simulator show each step', async () => {
    const id = await createMeeting(t, token, { topic: 'Console sync', type: 2 })
    // Actions need the console's header, so another site's form cannot trigger them.
    assert.equal((await act(`/meetings/${id}/start`, {}, {})).status, 403)
    assert.equal((await act(`/meetings/${id}/start`)).status, 200)
    assert.equal((await t.call('GET', `/v2/meetings/${id}`, { token })).body.status, 'started')

    const ada = await act(`/meetings/${id}/participants`, { name: 'Ada', device: 'Mac', network_type: 'Wifi' })
    assert.equal(ada.status, 200, ada.text)
    const lin = await act(`/meetings/${id}/participants`, { name: 'Lin', device: 'iOS', network_type: 'Cellular' })
    refused(await act(`/meetings/${id}/participants`, { name: 'Bad', device: 'Toaster' }), 400, 300)
    const adaId = str(ada.body.participant_id)

    assert.equal((await act(`/meetings/${id}/share`, { participant_id: adaId, action: 'start' })).status, 200)
    assert.equal((await act(`/meetings/${id}/record`, { action: 'start' })).status, 200)
    const live = await t.call('GET', `/sim/meetings/${id}`, { token })
    assert.equal(live.body.recording, 'recording')
    const people = items(live.body.participants)
    const seenAda = find(people, (p) => p.name === 'Ada')
    assert.equal(seenAda.device, 'Mac')
    assert.equal(seenAda.network_type, 'Wifi')
    assert.equal(seenAda.sharing, true)
    assert.equal(find(people, (p) => p.name === 'Lin').participant_id, lin.body.participant_id)
    // The console's own view of the live meeting is the simulator's.
    const state = await t.call('GET', `/console/api/accounts/${accountId}/meetings/${id}/state`, {
      headers: { 'x-console': '1' },
    })
    assert.deepEqual(
      items(state.body.participants).map((p) => p.name),
      ['Ada', 'Lin'],
    )

    t.clock.advance(10 * 60_000)
    const ended = await act(`/meetings/${id}/end`)
    assert.equal(ended.status, 200, ended.text)
    const past = await t.call('GET', `/v2/past_meetings/${id}/participants`, { token })
    assert.equal(past.status, 200, past.text)
    assert.deepEqual(
      items(past.body.participants)
        .map((p) => p.name)
        .sort(),
      ['Ada', 'Lin'],
    )
    const pageText = (await page(`/console/en/meetings/${id}?account=${accountId}`)).text
    assert.match(pageText, /Held instances/)
    assert.ok(pageText.includes('Ada') && pageText.includes('Lin'))
    assert.match((await page(`/console/en/meetings?account=${accountId}`)).text, /Console sync/)
    // Ending a meeting that is not live is the simulator's refusal.
    refused(await act(`/meetings/${id}/end`), 400, 3000)
  })

  it('advances the server clock', async () => {
    token = await t.token()
    const before = num((await t.call('GET', '/sim/clock', { token })).body.now_ms)
    const moved = await t.call('POST', '/console/api/clock/advance', {
      body: { minutes: 90 },
      headers: { 'x-console': '1' },
    })
    assert.equal(moved.status, 200)
    assert.equal(num(moved.body.now_ms), before + 1.5 * HOUR)
    // A token minted before the move has expired with it.
    token = await t.token()
    assert.equal(num((await t.call('GET', '/sim/clock', { token })).body.now_ms), before + 1.5 * HOUR)
    refused(
      await t.call('POST', '/console/api/clock/advance', { body: { minutes: -5 }, headers: { 'x-console': '1' } }),
      400,
      300,
    )
  })

  it('sends any supported event on demand through the outbox, and refuses an unknown one', async () => {
    const hooks = (await page(`/console/zh/webhooks?account=${accountId}`)).text
    assert.match(hooks, /发送事件/)
    assert.match(hooks, /<option value="meeting.created">/)
    const sent = await act('/events', { event: 'user.updated' })
    assert.equal(sent.status, 200, sent.text)
    assert.equal(sent.body.event, 'user.updated')
    const events = await outboxEvents(t, 'user.updated')
    assert.ok(events.some((e) => e.payload.account_id === accountId))
    refused(await act('/events', { event: 'no.such_event' }), 404, 404)
  })

  it('replays a failed webhook delivery through the sender, freshly signed, and the log shows it delivered', async () => {
    token = await t.token()
    const { receiver, fix } = await failedUserCreatedDelivery(t, token, 'replayed@example.com')
    try {
      const logsPath = `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs`
      const failed = find(items((await t.call('GET', logsPath, { token })).body.webhook_logs), (l) => l.status === 500)
      assert.equal(failed.event, 'user.created')

      const hooks = (await page(`/console/en/webhooks?account=${accountId}`)).text
      assert.ok(hooks.includes(receiver.url))
      const delivery = /class="log failed" data-delivery="([\w-]+)"/.exec(hooks)?.[1]
      assert.ok(delivery, 'the failed attempt offers a replay')

      fix()
      t.clock.advance(60_000)
      const replay = await act(`/deliveries/${delivery}/replay`)
      assert.equal(replay.status, 200, replay.text)
      assert.equal(receiver.events.length, 2)
      const [first, second] = receiver.events
      assert.equal(second.body, first.body)
      assert.notEqual(second.headers['x-zm-request-timestamp'], first.headers['x-zm-request-timestamp'])
      assert.notEqual(second.headers['x-zm-signature'], first.headers['x-zm-signature'])

      token = await t.token()
      const logs = items((await t.call('GET', logsPath, { token })).body.webhook_logs)
      const ok = find(logs, (l) => l.status === 200 && l.event === 'user.created')
      assert.equal(obj(JSON.parse(str(ok.request_body))).event, 'user.created')
      assert.match((await page(`/console/en/webhooks?account=${accountId}`)).text, /class="log ok"/)
      refused(await act('/deliveries/no-such-delivery/replay'), 404, 404)
    } finally {
      await receiver.close()
    }
  })
})
