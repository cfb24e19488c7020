import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CloudRecordings } from '../../src/domain/cloud-recording/recordings.service.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { addUser, startWithOwner } from '../helpers/fixtures.js'
import { at, must, refused, zoomError } from '../helpers/json.js'
import { processRecordings, recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 24 * 3600 * 1000

interface ListedFile {
  id: string
  meeting_id: string
  file_type: string
  file_extension: string
  file_size: number
  recording_start: string
  recording_end: string
  status: string
  deleted_time?: string
}
interface ListedRecording {
  uuid: string
  id: number
  account_id: string
  host_id: string
  topic: string
  total_size: number
  recording_count: number
  recording_files: ListedFile[]
}
interface RecordingList {
  from: string
  to: string
  page_count: number
  page_size: number
  total_records: number
  next_page_token: string
  meetings: ListedRecording[]
}

describe('Recording lists over HTTP', () => {
  let t: TestServer
  let ownerId: string
  /** Held on 2026-11-02, the first day of the test clock. */
  let alpha: RecordedMeeting
  /** Held 40 days later, on 2026-12-12: "today" for the rest of the file. */
  let beta: RecordedMeeting

  before(async () => {
    let token: string
    ;({ t, token, ownerId } = await startWithOwner())
    alpha = await recordedMeeting(t, token, { topic: 'Alpha' })
    t.clock.advance(40 * DAY)
    beta = await recordedMeeting(t, await t.token(), { topic: 'Beta' })
  })
  after(() => t.close())

  /** A GET with a fresh token (the clock moves past token lifetimes here), or with the token given. */
  const get = async (path: string, query = '', token?: string) =>
    t.call<RecordingList>('GET', `/v2${path}${query ? `?${query}` : ''}`, { token: token ?? (await t.token()) })
  const list = async (path: string, query = '', token?: string) => {
    const res = await get(path, query, token)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }
  const topics = (l: RecordingList) => l.meetings.map((m) => m.topic).sort()

  describe('date windows', () => {
    it('defaults to today (server clock, UTC) and echoes the window', async () => {
      const l = await list('/users/me/recordings')
      assert.equal(l.from, '2026-12-12')
      assert.equal(l.to, '2026-12-12')
      assert.deepEqual(topics(l), ['Beta'])
      assert.equal(l.next_page_token, '')
      assert.equal(l.page_size, 30)
      const m = at(l.meetings, 0)
      assert.equal(m.uuid, beta.uuid)
      assert.equal(m.id, beta.id)
      assert.equal(m.host_id, ownerId)
      assert.equal(m.recording_count, m.recording_files.length)
      assert.equal(
        m.total_size,
        m.recording_files.reduce((n, f) => n + f.file_size, 0),
      )
      assert.ok(m.recording_files.every((f) => f.meeting_id === beta.uuid && f.status === 'completed'))
    })

    it('takes whole days, both ends included', async () => {
      assert.deepEqual(topics(await list('/users/me/recordings', 'from=2026-11-02&to=2026-11-02')), ['Alpha'])
      assert.deepEqual(topics(await list('/users/me/recordings', 'from=2026-11-03&to=2026-12-11')), [])
      assert.deepEqual(topics(await list('/users/me/recordings', 'from=2026-11-20&to=2026-12-12')), ['Beta'])
      const onlyTo = await list('/users/me/recordings', 'to=2026-11-02')
      assert.deepEqual([onlyTo.from, onlyTo.to], ['2026-11-02', '2026-11-02'])
      assert.deepEqual(topics(onlyTo), ['Alpha'])
    })

    it('moves the start of a range longer than a month to a month before its end, and says so', async () => {
      const l = await list('/users/me/recordings', 'from=2026-10-01&to=2026-12-12')
      assert.deepEqual([l.from, l.to], ['2026-11-12', '2026-12-12'])
      assert.deepEqual(topics(l), ['Beta'])
      // A start far beyond six months is moved, not refused, when the end is recent.
      const old = await list('/users/me/recordings', 'from=2024-01-01&to=2026-12-03')
      assert.deepEqual([old.from, old.to], ['2026-11-03', '2026-12-03'])
      // A month before the 31st of a month after a shorter one is that month's last day.
      const leap = await list('/users/me/recordings', 'from=2027-01-01&to=2027-03-31')
      assert.deepEqual([leap.from, leap.to], ['2027-02-28', '2027-03-31'])
    })

    it('refuses a start older than six months with code 300', async () => {
      const res = await get('/users/me/recordings', 'from=2026-06-11&to=2026-06-20')
      refused(res, 400, 300)
      assert.equal(zoomError(res.body).message, 'Only provide report in recent 6 months')
      refused(await get('/users/me/recordings', 'to=2026-05-01'), 400, 300)
      refused(await get('/accounts/me/recordings', 'from=2026-06-01&to=2026-06-02'), 400, 300)
      const edge = await list('/users/me/recordings', 'from=2026-06-12&to=2026-06-12')
      assert.deepEqual(edge.meetings, [])
      assert.equal(edge.total_records, 0)
    })

    it('refuses dates that are not yyyy-mm-dd days, and a start after the end', async () => {
      refused(await get('/users/me/recordings', 'from=12/01/2026'), 400, 300)
      refused(await get('/users/me/recordings', 'from=2026-02-30&to=2026-03-01'), 400, 300)
      refused(await get('/users/me/recordings', 'from=2026-12-10&to=2026-12-01'), 400, 300, 'from')
    })
  })

  describe('recordings still processing', () => {
    it('show Zoom’s placeholder file until the clock passes processing', async () => {
      const gamma = await recordedMeeting(t, await t.token(), { topic: 'Gamma', processed: false })
      const during = must(
        (await list('/users/me/recordings', `meeting_id=${gamma.id}`)).meetings.find((m) => m.uuid === gamma.uuid),
      )
      assert.equal(during.recording_count, 0)
      assert.equal(during.total_size, 0)
      const placeholder = at(during.recording_files, 0)
      assert.equal(during.recording_files.length, 1)
      assert.deepEqual(
        [placeholder.status, placeholder.file_type, placeholder.file_extension, placeholder.recording_end],
        ['processing', '', '', ''],
      )
      assert.equal(placeholder.file_size, 0)
      await processRecordings(t)
      const done = at((await list('/users/me/recordings', `meeting_id=${gamma.id}`)).meetings, 0)
      assert.ok(done.recording_count > 0)
      assert.ok(done.recording_files.every((f) => f.status === 'completed' && f.file_type !== ''))
      // The placeholder already shows when the recording began, as the finished files do.
      assert.equal(placeholder.recording_start, done.recording_files.map((f) => f.recording_start).sort()[0])
    })
  })

  describe('pages and filters', () => {
    it('pages through the window with next_page_token, ending with an empty one', async () => {
      for (const topic of ['Delta', 'Epsilon', 'Zeta']) await recordedMeeting(t, await t.token(), { topic })
      const all = await list('/users/me/recordings')
      assert.equal(all.total_records, 5)
      const seen: string[] = []
      let page = await list('/users/me/recordings', 'page_size=2')
      assert.deepEqual([page.page_size, page.page_count, page.total_records], [2, 3, 5])
      for (;;) {
        seen.push(...page.meetings.map((m) => m.uuid))
        if (!page.next_page_token) break
        assert.equal(page.meetings.length, 2)
        page = await list('/users/me/recordings', `page_size=2&next_page_token=${page.next_page_token}`)
      }
      assert.equal(seen.length, 5)
      assert.deepEqual([...seen].sort(), all.meetings.map((m) => m.uuid).sort())
      // A token belongs to its window.
      const first = await list('/users/me/recordings', 'page_size=2')
      refused(
        await get('/users/me/recordings', `page_size=2&from=2026-12-01&next_page_token=${first.next_page_token}`),
        400,
        300,
      )
      // Pages larger than 300 are cut to 300.
      assert.equal((await list('/users/me/recordings', 'page_size=1000')).page_size, 300)
    })

    it('filters by meeting ID, every recorded instance of it', async () => {
      // History ends now, so the second instance is played an hour after the first ended.
      t.clock.advance(3600 * 1000)
      const again = await recordedMeeting(t, await t.token(), { meetingId: beta.id })
      const l = await list('/users/me/recordings', `meeting_id=${beta.id}`)
      assert.deepEqual(l.meetings.map((m) => m.uuid).sort(), [beta.uuid, again.uuid].sort())
      assert.deepEqual(topics(await list('/users/me/recordings', `meeting_id=${alpha.id}`)), [])
      const past = await list('/users/me/recordings', `meeting_id=${alpha.id}&from=2026-11-01&to=2026-11-30`)
      assert.deepEqual(
        past.meetings.map((m) => m.uuid),
        [alpha.uuid],
      )
    })
  })

  describe('users and accounts', () => {
    let colleague: string
    before(async () => {
      const token = await t.token()
      colleague = await addUser(t, token, 'rec-colleague@example.com')
      await recordedMeeting(t, token, { userId: colleague, topic: 'Theirs' })
    })

    it('a user list shows that user’s recordings; the account list shows every host’s', async () => {
      assert.ok(!topics(await list('/users/me/recordings')).includes('Theirs'))
      assert.deepEqual(topics(await list(`/users/${colleague}/recordings`)), ['Theirs'])
      assert.deepEqual(topics(await list('/users/rec-colleague@example.com/recordings')), ['Theirs'])
      const account = await list('/accounts/me/recordings')
      assert.ok(topics(account).includes('Theirs') && topics(account).includes('Beta'))
      assert.ok(account.meetings.every((m) => m.account_id === t.seed.accountId))
      const byId = await list(`/accounts/${t.seed.accountId}/recordings`)
      assert.deepEqual(topics(byId), topics(account))
    })

    it('an unknown user is 404/1001 and an unknown account 404/2001', async () => {
      refused(await get('/users/nobody@example.com/recordings'), 404, 1001)
      refused(await get('/users/abcdefghijklmnopqrstuv/recordings'), 404, 1001)
      refused(await get('/accounts/not-an-account/recordings'), 404, 2001)
    })

    it('a user-level token lists only its own user’s recordings', async () => {
      const own = await tokenWithScopes(t, ['recording:read'])
      const mine = await list('/users/me/recordings', '', own)
      assert.ok(mine.meetings.length > 0)
      assert.ok(mine.meetings.every((m) => m.host_id === ownerId))
      refused(await get(`/users/${colleague}/recordings`, '', own), 400, 200)
      refused(await get('/accounts/me/recordings', '', own), 401, 4711)
    })

    it('a master account lists a sub account’s recordings by its ID', async () => {
      const sub = await makeAccount(t, {
        sub: true,
        scopes: ['recording:read:admin', 'meeting:write:admin', 'user:read:admin', 'simulator:write:admin'],
      })
      const subToken = await sub.token()
      const theirs = await recordedMeeting(t, subToken, { topic: 'Sub meeting' })
      const viaMaster = await list(`/accounts/${sub.account.id}/recordings`)
      assert.deepEqual(
        viaMaster.meetings.map((m) => [m.uuid, m.account_id]),
        [[theirs.uuid, sub.account.id]],
      )
      const own = await list('/accounts/me/recordings', '', await sub.token())
      assert.deepEqual(topics(own), ['Sub meeting'])
      assert.ok(!topics(await list('/accounts/me/recordings')).includes('Sub meeting'))
    })

    it('an account without cloud recording is refused with 400/200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['recording:read:admin'] })
      const token = await free.token()
      refused(await get('/users/me/recordings', '', token), 400, 200)
      refused(await get('/accounts/me/recordings', '', token), 400, 200)
    })
  })

  describe('trash', () => {
    it('lists trashed files by trash type, with deleted_time, and the rest out of the trash', async () => {
      const recordings = t.server.svc.use(CloudRecordings)
      const betaOf = (l: RecordingList) => l.meetings.filter((m) => m.uuid === beta.uuid)
      const before = at(betaOf(await list('/users/me/recordings', `meeting_id=${beta.id}`)), 0)
      const betaIn = async (query: string) => betaOf(await list('/users/me/recordings', query))
      const [single, ...rest] = before.recording_files
      const trashedAt = t.clock.now()
      await recordings.repo.updateFiles(t.seed.accountId, [must(single).id], {
        trashed_at: trashedAt,
        trash_type: 'recording_file',
      })

      const live = at(await betaIn(''), 0)
      assert.deepEqual(
        live.recording_files.map((f) => f.id),
        rest.map((f) => f.id),
      )
      assert.equal(live.recording_count, rest.length)
      assert.ok(live.recording_files.every((f) => f.deleted_time === undefined))

      const files = at(await betaIn('trash=true&trash_type=recording_file'), 0)
      assert.deepEqual(
        files.recording_files.map((f) => [f.id, f.deleted_time]),
        [[must(single).id, new Date(trashedAt).toISOString().replace(/\.\d{3}Z$/, 'Z')]],
      )
      assert.equal(files.recording_count, 1)
      assert.deepEqual(await betaIn('trash=true'), [])

      await recordings.repo.updateFiles(
        t.seed.accountId,
        rest.map((f) => f.id),
        { trashed_at: t.clock.now(), trash_type: 'meeting_recordings' },
      )
      assert.deepEqual(await betaIn(''), [])
      const whole = at(await betaIn('trash=true&trash_type=meeting_recordings'), 0)
      assert.equal(whole.recording_files.length, rest.length)
      assert.ok(whole.recording_files.every((f) => typeof f.deleted_time === 'string'))
      // The trash is not filtered by date: a window without the meeting still lists it.
      const elsewhere = await list('/users/me/recordings', 'trash=true&from=2026-12-01&to=2026-12-01')
      assert.deepEqual([elsewhere.from, elsewhere.to], ['2026-12-01', '2026-12-01'])
      assert.ok(betaOf(elsewhere).length === 1)
      // The account list shows the same trash.
      assert.equal(betaOf(await list('/accounts/me/recordings', 'trash=true&trash_type=recording_file')).length, 1)
      refused(await get('/users/me/recordings', 'trash=true&trash_type=everything'), 400, 300)
    })
  })
})
