import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DAY_MS } from '../../src/domain/meetings/meeting.model.js'
import { find, items, must, refused, str, type Json } from '../helpers/json.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Recording analytics', () => {
  let t: TestServer
  let token: string
  let first: RecordedMeeting
  let second: RecordedMeeting
  let other: RecordedMeeting
  let start: number

  /** The files of a recording instance, by type. */
  async function file(uuid: string, type: string): Promise<Json> {
    const res = await t.call('GET', `/v2/meetings/${encodeURIComponent(encodeURIComponent(uuid))}/recordings`, {
      token,
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return find(items(res.body.recording_files), (f) => f.file_type === type, type)
  }

  async function download(uuid: string): Promise<void> {
    const res = await fetch(`${str((await file(uuid, 'MP4')).download_url)}?access_token=${token}`, {
      redirect: 'manual',
    })
    assert.equal(res.status, 302)
  }

  async function view(uuid: string, asHost: boolean): Promise<void> {
    const rec = await t.call('GET', `/v2/meetings/${encodeURIComponent(encodeURIComponent(uuid))}/recordings`, {
      token,
    })
    const url = str(find(items(rec.body.recording_files), (f) => f.file_type === 'MP4').play_url)
    const res = await fetch(asHost ? `${url}?access_token=${token}` : `${url}?pwd=${str(rec.body.password)}`)
    assert.match(await res.text(), /<video/)
  }

  const summary = (id: string | number, q = '') =>
    t.call('GET', `/v2/meetings/${id}/recordings/analytics_summary${q}`, { token })
  const details = (id: string | number, q = '') =>
    t.call('GET', `/v2/meetings/${id}/recordings/analytics_details${q}`, { token })

  before(async () => {
    ;({ t, token } = await startWithToken())
    first = await recordedMeeting(t, token, { topic: 'Analytics' })
    other = await recordedMeeting(t, token, { topic: 'Someone else' })
    start = t.clock.now()
    // Day one: two downloads and a guest view of the first recording; another meeting's download.
    await download(first.uuid)
    await download(first.uuid)
    await view(first.uuid, false)
    await download(other.uuid)
    // Day two: a second recording of the same meeting, viewed by the host and downloaded.
    t.clock.advance(DAY_MS)
    token = await t.token()
    second = await recordedMeeting(t, token, { meetingId: first.id })
    assert.notEqual(second.uuid, first.uuid)
    await view(second.uuid, true)
    await download(second.uuid)
  })
  after(() => t.close())

  it('counts views and downloads per day over the last week by default', async () => {
    const res = await summary(first.id)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const today = day(t.clock.now())
    assert.equal(res.body.to, today)
    assert.equal(res.body.from, day(t.clock.now() - 6 * DAY_MS))
    const days = items(res.body.analytics_summary)
    assert.deepEqual(
      days.map((d) => d.date),
      Array.from({ length: 7 }, (_, i) => day(t.clock.now() - (6 - i) * DAY_MS)),
    )
    const counts = days.filter((d) => d.views_total_count || d.downloads_total_count)
    assert.deepEqual(counts, [
      { date: day(start), views_total_count: 1, downloads_total_count: 2 },
      { date: today, views_total_count: 1, downloads_total_count: 1 },
    ])
  })

  it("covers the meeting's every recording when an instance UUID is given", async () => {
    const byUuid = await summary(encodeURIComponent(encodeURIComponent(first.uuid)))
    assert.deepEqual(byUuid.body, (await summary(first.id)).body)
    const others = items((await summary(other.id)).body.analytics_summary)
    assert.equal(
      others.reduce((n, d) => n + Number(d.downloads_total_count), 0),
      1,
    )
  })

  it('takes a window, and keeps only the last month of a longer one', async () => {
    const one = await summary(first.id, `?from=${day(start)}&to=${day(start)}`)
    assert.deepEqual(one.body, {
      from: day(start),
      to: day(start),
      analytics_summary: [{ date: day(start), views_total_count: 1, downloads_total_count: 2 }],
    })
    const long = await summary(first.id, `?from=2026-07-01&to=2026-11-03`)
    assert.equal(long.status, 200)
    assert.equal(long.body.from, '2026-10-03')
    assert.equal(long.body.to, '2026-11-03')
    assert.equal(items(long.body.analytics_summary).length, 32)
  })

  it('refuses malformed, reversed and too old windows', async () => {
    refused(await summary(first.id, '?from=2026-13-01'), 400, 300)
    refused(await summary(first.id, '?from=2026-02-30&to=2026-03-01'), 400, 300)
    refused(await summary(first.id, '?from=2026-11-03&to=2026-11-01'), 400, 300)
    refused(await details(first.id, '?from=2026-01-01&to=2026-01-20'), 400, 300)
    refused(await details(first.id, '?type=by_listen'), 400, 300)
  })

  it('lists who viewed and who downloaded, oldest first', async () => {
    const views = await details(first.id, '?type=by_view')
    assert.equal(views.status, 200, JSON.stringify(views.body))
    assert.equal(views.body.total_records, 2)
    assert.equal(views.body.next_page_token, '')
    const rows = items(views.body.analytics_details)
    assert.deepEqual(
      rows.map((r) => [r.name, r.email, r.duration]),
      [
        ['Guest', '', 0],
        [must(rows[1]).name, t.seed.ownerEmail, 0],
      ],
    )
    assert.ok(str(must(rows[1]).name).length > 0)
    assert.equal(str(must(rows[0]).date_time).slice(0, 10), day(start))
    assert.match(str(must(rows[0]).date_time), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    // Views are the default.
    assert.deepEqual((await details(first.id)).body, views.body)
  })

  it('pages the downloads with next_page_token', async () => {
    const seen: Json[] = []
    let next = ''
    let pages = 0
    do {
      const res = await details(first.id, `?type=by_download&page_size=2${next ? `&next_page_token=${next}` : ''}`)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.total_records, 3)
      assert.equal(res.body.page_size, 2)
      seen.push(...items(res.body.analytics_details))
      next = str(res.body.next_page_token)
      pages += 1
    } while (next)
    assert.equal(pages, 2)
    assert.equal(seen.length, 3)
    assert.ok(seen.every((r) => r.email === t.seed.ownerEmail))
    const dates = seen.map((r) => str(r.date_time))
    assert.deepEqual(dates, [...dates].sort())
    // A token from one list does not continue another.
    const first2 = await details(first.id, '?type=by_download&page_size=2')
    refused(await details(first.id, `?type=by_view&next_page_token=${str(first2.body.next_page_token)}`), 400, 300)
  })

  it('answers 3301 for a meeting without recordings, and 400/200 with cloud recording off', async () => {
    refused(await summary(99999999999), 404, 3301)
    refused(await details('not-a-uuid-at-all'), 404, 3301)
    const off = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { recording: { cloud_recording: false } },
    })
    assert.equal(off.status, 204, JSON.stringify(off.body))
    refused(await summary(first.id), 400, 200)
    refused(await details(first.id), 400, 200)
  })
})
