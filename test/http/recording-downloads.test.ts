import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { find, items, must, num, str, type Json } from '../helpers/json.js'
import { parseMp4 } from '../helpers/mp4.js'
import { outboxEvents } from '../helpers/outbox.js'
import { MIN, recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

/** A GET that does not follow redirects, on a full URL or a path of the test server. */
async function get(t: TestServer, url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url.startsWith('http') ? url : t.origin + url, { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
}

function isPage(res: { status: number; headers: Headers }): void {
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/)
}

/** Where a download URL sends an authorised request. */
async function fileUrl(t: TestServer, url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await get(t, url, headers)
  assert.equal(res.status, 302, res.body.toString())
  return must(res.headers.get('location'), 'location')
}

describe('Recording downloads, plays and the share page', () => {
  let t: TestServer
  let token: string
  let rec: RecordedMeeting
  let files: Json[]
  let meeting: Json
  const byType = (type: string) => find(files, (f) => f.file_type === type, type)
  // The plays and downloads this file makes, for the analytics at the end.
  let views = 0
  let downloads = 0

  before(async () => {
    ;({ t, token } = await startWithToken())
    rec = await recordedMeeting(t, token, {
      minutes: 20,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        { name: 'Lin Chen', email: 'lin@example.com', join_offset_minutes: 1 },
        { name: 'Ada Brook', email: 'ada@example.com', join_offset_minutes: 2 },
      ],
      record: { start_offset_minutes: 2, stop_offset_minutes: 17 },
    })
    const res = await t.call('GET', `/v2/meetings/${rec.id}/recordings`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    meeting = res.body
    files = items(res.body.recording_files)
  })
  after(() => t.close())

  it('answers a download without a token, or with a wrong one, with a web page', async () => {
    const url = str(byType('MP4').download_url)
    isPage(await get(t, url))
    isPage(await get(t, `${url}?access_token=not-a-token`))
    isPage(await get(t, url, { authorization: `Bearer ${token}x` }))
    isPage(await get(t, `${t.origin}/rec/download/forged-file-token?access_token=${token}`))
  })

  it('redirects to the file with an API access token, in the query or the header', async () => {
    const url = str(byType('MP4').download_url)
    assert.match(await fileUrl(t, `${url}?access_token=${token}`), /\/rec\/files\//)
    assert.match(await fileUrl(t, url, { authorization: `Bearer ${token}` }), /\/rec\/files\//)
    downloads += 2
  })

  it('accepts download_access_token until its ttl has passed', async () => {
    const res = await t.call('GET', `/v2/meetings/${rec.id}/recordings?include_fields=download_access_token&ttl=60`, {
      token,
    })
    const dat = str(res.body.download_access_token)
    const url = `${str(byType('M4A').download_url)}?access_token=${dat}`
    await fileUrl(t, url)
    downloads += 1
    t.clock.advance(61_000)
    isPage(await get(t, url))
  })

  it("downloads the webhook's URL with the event's download_token", async () => {
    const [event] = await outboxEvents<{ uuid: string; recording_files: Json[] }>(t, 'recording.completed')
    const ev = must(event, 'recording.completed')
    assert.equal(ev.payload.object.uuid, rec.uuid)
    const file = find(ev.payload.object.recording_files, (f) => f.file_type === 'TIMELINE', 'TIMELINE')
    const url = str(file.download_url)
    assert.match(url, /\/rec\/webhook_download\//)
    isPage(await get(t, url))
    const loc = await fileUrl(t, `${url}?access_token=${str(ev.download_token)}`)
    downloads += 1
    const res = await get(t, loc)
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/)
  })

  it('serves the MP4 with its type and length, and byte ranges', async () => {
    const mp4 = byType('MP4')
    const loc = await fileUrl(t, `${str(mp4.download_url)}?access_token=${token}`)
    downloads += 1
    const whole = await get(t, loc)
    assert.equal(whole.status, 200)
    assert.equal(whole.headers.get('content-type'), 'video/mp4')
    assert.equal(Number(whole.headers.get('content-length')), whole.body.length)
    assert.equal(whole.body.length, num(mp4.file_size))
    assert.equal(whole.headers.get('accept-ranges'), 'bytes')

    const head = await get(t, loc, { range: 'bytes=0-99' })
    assert.equal(head.status, 206)
    assert.equal(head.headers.get('content-range'), `bytes 0-99/${whole.body.length}`)
    assert.deepEqual(head.body, whole.body.subarray(0, 100))

    const tail = await get(t, loc, { range: 'bytes=-50' })
    assert.equal(tail.status, 206)
    assert.equal(
      tail.headers.get('content-range'),
      `bytes ${whole.body.length - 50}-${whole.body.length - 1}/${whole.body.length}`,
    )
    assert.deepEqual(tail.body, whole.body.subarray(whole.body.length - 50))

    const open = await get(t, loc, { range: `bytes=${whole.body.length - 10}-` })
    assert.equal(open.status, 206)
    assert.equal(open.body.length, 10)

    const backwards = await get(t, loc, { range: 'bytes=99-10' })
    assert.equal(backwards.status, 200)
    assert.equal(backwards.body.length, whole.body.length)

    const beyond = await get(t, loc, { range: `bytes=${whole.body.length}-` })
    assert.equal(beyond.status, 416)
    assert.equal(beyond.headers.get('content-range'), `bytes */${whole.body.length}`)

    const info = parseMp4(whole.body)
    assert.ok(info.topLevel.includes('ftyp') && info.topLevel.includes('moov'))
    const recorded = (Date.parse(str(mp4.recording_end)) - Date.parse(str(mp4.recording_start))) / 1000
    assert.equal(recorded, (15 * MIN) / 1000)
    assert.ok(Math.abs(info.duration / info.timescale - recorded) <= 1, `${info.duration / info.timescale} s`)
    assert.ok(info.tracks.some((tr) => tr.handler === 'vide'))
  })

  it('serves the M4A as audio of the recorded length', async () => {
    const loc = await fileUrl(t, str(byType('M4A').download_url), { authorization: `Bearer ${token}` })
    downloads += 1
    const res = await get(t, loc)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), 'audio/mp4')
    const info = parseMp4(res.body)
    assert.ok(Math.abs(info.duration / info.timescale - 15 * 60) <= 1)
    assert.deepEqual(
      info.tracks.map((tr) => tr.handler),
      ['soun'],
    )
  })

  it('lists the participants in the timeline file', async () => {
    const loc = await fileUrl(t, `${str(byType('TIMELINE').download_url)}?access_token=${token}`)
    downloads += 1
    const res = await get(t, loc)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/)
    const doc = JSON.parse(res.body.toString()) as {
      timeline: { users: { username: string; email_address: string }[] }[]
    }
    const users = doc.timeline.flatMap((e) => e.users)
    const names = new Set(users.map((u) => u.username))
    for (const name of ['Lin Chen', 'Ada Brook']) assert.ok(names.has(name), `${name} in ${[...names].join(', ')}`)
    // Guests' own addresses stay hidden here as in reports and dashboards; the host's shows.
    const emails = new Map(users.map((u) => [u.username, u.email_address]))
    assert.equal(emails.get('Lin Chen'), '')
    assert.equal(emails.get('Host'), t.seed.ownerEmail)
  })

  it('refuses a token of another account', async () => {
    const other = await makeAccount(t, { scopes: ['recording:read:admin'] })
    isPage(await get(t, `${str(byType('MP4').download_url)}?access_token=${await other.token()}`))
    isPage(await get(t, str(byType('MP4').play_url), { authorization: `Bearer ${await other.token()}` }))
  })

  it('asks for the passcode on the play page, and plays with it', async () => {
    const url = str(byType('MP4').play_url)
    const ask = await get(t, url)
    isPage(ask)
    assert.match(ask.body.toString(), /passcode/i)
    assert.doesNotMatch(ask.body.toString(), /<video/)
    isPage(await get(t, `${url}?pwd=wrong`))

    const page = await get(t, `${url}?pwd=${encodeURIComponent(str(meeting.password))}`)
    views += 1
    isPage(page)
    const src = must(/<video[^>]*\ssrc="([^"]+)"/.exec(page.body.toString()), 'video src')[1]
    const video = await get(t, must(src).replace(/&amp;/g, '&'))
    assert.equal(video.status, 200)
    assert.equal(video.headers.get('content-type'), 'video/mp4')
    parseMp4(video.body)

    // The timeline's file token names no playable file.
    const timeline = str(byType('TIMELINE').download_url).replace('/rec/download/', '/rec/play/')
    const none = await get(t, `${timeline}?access_token=${token}`)
    assert.match(none.body.toString(), /does not exist/)

    const audio = await get(t, `${str(byType('M4A').play_url)}?access_token=${token}`)
    views += 1
    assert.match(audio.body.toString(), /<audio/)
  })

  it('speaks the language the link or the browser asks for, with a switch, and stays a page when refusing', async () => {
    const play = str(byType('MP4').play_url)
    const ask = await get(t, play, { 'accept-language': 'zh-CN,zh;q=0.9' })
    isPage(ask)
    const askText = ask.body.toString()
    assert.match(askText, /<html lang="zh-CN">/)
    assert.match(askText, /请输入密码/)
    assert.match(askText, /<a class="lang" href="[^"]*lang=en"/)
    // The passcode form keeps a language the link names.
    const asked = (await get(t, `${play}?lang=zh`)).body.toString()
    assert.match(asked, /<input type="hidden" name="lang" value="zh" \/>/)
    const en = await get(t, `${play}?lang=en`, { 'accept-language': 'zh-CN' })
    assert.match(en.body.toString(), /Enter the passcode/)

    const refusedZh = await get(t, `${str(byType('MP4').download_url)}?lang=zh`)
    isPage(refusedZh)
    assert.match(refusedZh.body.toString(), /无法下载此录制/)
    const shareUrl = new URL(str(meeting.share_url))
    shareUrl.searchParams.set('lang', 'zh')
    const share = await get(t, shareUrl.href)
    isPage(share)
    assert.match(share.body.toString(), /录制文件/)
    // Its links open the player in the same language.
    assert.match(share.body.toString(), /\/rec\/play\/[^"]*lang=zh/)
  })

  it('lists the MP4 and M4A on the share page', async () => {
    const res = await get(t, str(meeting.share_url))
    isPage(res)
    const html = res.body.toString()
    assert.match(html, /\(MP4\)/)
    assert.match(html, /\(M4A\)/)
    assert.doesNotMatch(html, /\(JSON\)/)
    for (const f of [byType('MP4'), byType('M4A')]) assert.ok(html.includes(new URL(str(f.play_url)).pathname))
  })

  it('counts exactly those plays and downloads in the analytics', async () => {
    const today = new Date(t.clock.now()).toISOString().slice(0, 10)
    const summary = await t.call('GET', `/v2/meetings/${rec.id}/recordings/analytics_summary`, { token })
    assert.equal(summary.status, 200, JSON.stringify(summary.body))
    const day = find(items(summary.body.analytics_summary), (d) => d.date === today)
    assert.equal(day.views_total_count, views)
    assert.equal(day.downloads_total_count, downloads)
    const byDownload = await t.call(
      'GET',
      `/v2/meetings/${encodeURIComponent(rec.uuid)}/recordings/analytics_details?type=by_download`,
      { token },
    )
    assert.equal(byDownload.body.total_records, downloads)
    const byView = await t.call('GET', `/v2/meetings/${rec.id}/recordings/analytics_details?type=by_view`, { token })
    const viewers = items(byView.body.analytics_details)
    assert.equal(viewers.length, views)
    // The passcode play is anonymous; the token play is the account's owner.
    assert.deepEqual(
      viewers.map((v) => v.email),
      ['', t.seed.ownerEmail],
    )
  })
})
