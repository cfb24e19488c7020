import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { MeetingChatRepo } from '../../src/store/meeting-chat.repo.js'
import { isoSeconds } from '../../src/util/time.js'
import { makeAccount } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { refused, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { MIN, processRecordings } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 24 * 60 * MIN

interface ArchiveFile {
  id: string
  file_type: string
  file_extension: string
  file_size: number
  download_url: string
  status: string
  recording_type: string
  individual: boolean
  participant_join_time: string
  participant_leave_time: string
  encryption_fingerprint: string
  number_of_messages?: number
}
interface ArchivedMeeting {
  uuid: string
  id: number
  topic: string
  type: number
  start_time: string
  duration_in_second: number
  total_size: number
  recording_count: number
  meeting_type: string
  account_name: string
  complete_time: string
  is_breakout_room: boolean
  status: string
  archive_files: ArchiveFile[]
}
interface ArchiveList {
  from: string
  to: string
  page_size: number
  next_page_token: string
  total_records: number
  meetings: ArchivedMeeting[]
}

const ALL_FILES = { video_file: true, audio_file: true, chat_file: true, cc_transcript_file: true }

describe('Archiving over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    const started = await startWithToken()
    t = started.t
    token = started.token
  })
  after(() => t.close())

  /** Tokens live an hour of server time: a moved clock wants a new one. */
  const fresh = async () => {
    token = await t.token()
  }
  const advance = (ms: number) => {
    t.clock.advance(ms)
    return fresh()
  }
  const list = (query = '', tok = token) => t.call<ArchiveList>('GET', `/v2/archive_files${query}`, { token: tok })
  const archiving = (enable: boolean, settings: Record<string, boolean> = ALL_FILES) =>
    t.call('PATCH', '/v2/accounts/me/settings', { token, body: { recording: { archive: { enable, settings } } } })

  /**
   * One live instance: the host joins (and a guest when asked, or one who stays in the waiting room), chat is
   * said, it ends after `minutes`.
   */
  const hold = async (opts: { topic: string; guest?: 'joined' | 'waiting'; chat?: string[]; minutes?: number }) => {
    const m = await t.call<{ id: number }>('POST', '/v2/users/me/meetings', {
      token,
      body: { topic: opts.topic, type: 2, start_time: isoSeconds(t.clock.now() + 60_000), duration: 30 },
    })
    assert.equal(m.status, 201)
    const id = m.body.id
    const live = await t.call<{ uuid: string }>('POST', `/sim/meetings/${id}/start`, { token })
    assert.equal(live.status, 200, JSON.stringify(live.body))
    await t.call('POST', `/sim/meetings/${id}/participants`, {
      token,
      body: { name: 'Host', email: t.seed.ownerEmail },
    })
    if (opts.guest) {
      const guest = await t.call('POST', `/sim/meetings/${id}/participants`, {
        token,
        body: opts.guest === 'joined' ? { name: 'Visitor' } : { name: 'Never let in', waiting_room: true },
      })
      assert.equal(guest.status, 201, JSON.stringify(guest.body))
    }
    await advance(MIN)
    const chat = new MeetingChatRepo(t.server.svc.db.kysely)
    for (const [n, message] of (opts.chat ?? []).entries())
      await chat.insert({
        id: `${live.body.uuid}-chat-${n}`,
        account_id: t.seed.accountId,
        instance_uuid: live.body.uuid,
        meeting_id: id,
        session_id: 's',
        sender_name: 'Host',
        sender_email: t.seed.ownerEmail,
        recipient: 'Everyone',
        message,
        sent_at: t.clock.now() + n * 1000,
      })
    await advance((opts.minutes ?? 10) * MIN)
    const ended = await t.call('POST', `/sim/meetings/${id}/end`, { token })
    assert.equal(ended.status, 200, JSON.stringify(ended.body))
    return { id, uuid: live.body.uuid }
  }

  describe('the archiving setting', () => {
    it('is refused for a free account and for a paid one without archiving', async () => {
      const message = async (tok: string) => {
        const res = await t.call<Json>('GET', '/v2/archive_files', { token: tok })
        refused(res, 400, 200)
        return res.body.message
      }
      const free = await makeAccount(t, { plan: 'free', scopes: ['recording:read:admin'] })
      assert.equal(await message(await free.token()), 'Only available for Paid account.')
      const other = await makeAccount(t, { scopes: ['recording:read:admin'] })
      assert.equal(await message(await other.token()), 'Not available for this account.')
    })

    it('is turned on and off through the account settings', async () => {
      assert.equal((await archiving(true)).status, 204)
      const got = await t.call<{ recording: { archive: Json } }>('GET', '/v2/accounts/me/settings', { token })
      assert.equal(got.body.recording.archive.enable, true)
      assert.deepEqual(got.body.recording.archive.settings, {
        ...(got.body.recording.archive.settings as Json),
        ...ALL_FILES,
      })
      assert.equal((await list()).status, 200)
      assert.equal((await archiving(false)).status, 204)
      refused(await list(), 400, 200)
      const before = (await outboxEvents(t, 'recording.archive_files_completed')).length
      await hold({ topic: 'Not archived' })
      await processRecordings(t)
      await fresh()
      assert.equal((await outboxEvents(t, 'recording.archive_files_completed')).length, before)
      assert.equal((await archiving(true)).status, 204)
      assert.ok(!(await list()).body.meetings.some((m) => m.topic === 'Not archived'))
    })
  })

  describe('an archived meeting', () => {
    it('is processing, then completes on the clock with its files and an event whose token downloads', async () => {
      assert.equal((await archiving(true)).status, 204)
      const held = await hold({ topic: 'Compliance review', guest: 'joined', chat: ['hello', 'bye'] })
      let res = await list()
      assert.equal(res.status, 200)
      let a = res.body.meetings.find((m) => m.uuid === held.uuid)
      assert.ok(a)
      assert.equal(a.status, 'processing')
      assert.equal(a.complete_time, '')
      assert.deepEqual(a.archive_files, [])
      assert.equal(a.meeting_type, 'external')

      const endedAt = t.clock.now()
      await advance(t.config.recordingProcessingSeconds * 1000 + 1000)
      res = await list()
      a = res.body.meetings.find((m) => m.uuid === held.uuid)
      assert.ok(a)
      assert.equal(a.status, 'completed')
      assert.equal(a.id, held.id)
      assert.equal(a.topic, 'Compliance review')
      assert.equal(a.type, 2)
      assert.equal(a.is_breakout_room, false)
      assert.equal(a.duration_in_second, 11 * 60)
      assert.equal(a.complete_time, isoSeconds(endedAt + t.config.recordingProcessingSeconds * 1000))
      assert.ok(a.account_name)
      const kinds = a.archive_files.map((f) => `${f.file_type}/${f.file_extension}/${f.recording_type}`)
      assert.deepEqual(kinds.sort(), [
        'CHAT/TXT/chat_file',
        'M4A/M4A/audio_only',
        'MP4/MP4/shared_screen_with_speaker_view',
        'TRANSCRIPT/VTT/audio_transcript',
      ])
      assert.equal(a.recording_count, 4)
      assert.equal(
        a.total_size,
        a.archive_files.reduce((n, f) => n + f.file_size, 0),
      )
      for (const f of a.archive_files) {
        assert.equal(f.status, 'completed')
        assert.equal(f.individual, false)
        assert.equal(f.participant_join_time, a.start_time)
        assert.match(f.encryption_fingerprint, /^[0-9a-f]{64}$/)
        assert.equal(f.number_of_messages, f.file_type === 'CHAT' ? 2 : undefined)
      }

      const events = await outboxEvents<{ uuid: string; archive_files: ArchiveFile[] }>(
        t,
        'recording.archive_files_completed',
      )
      const event = events.find((e) => e.payload.object.uuid === held.uuid)
      assert.ok(event)
      const downloadToken = String((event as unknown as Json).download_token)
      assert.ok(downloadToken)
      assert.equal(event.payload.object.archive_files.length, 4)
      const chatFile = event.payload.object.archive_files.find((f) => f.file_type === 'CHAT')
      assert.ok(chatFile)

      // The webhook token downloads the file, whose bytes match its fingerprint.
      const first = await fetch(`${chatFile.download_url}?access_token=${downloadToken}`, { redirect: 'manual' })
      assert.equal(first.status, 302)
      const file = await fetch(String(first.headers.get('location')))
      assert.equal(file.status, 200)
      const bytes = Buffer.from(await file.arrayBuffer())
      assert.equal(bytes.length, chatFile.file_size)
      assert.equal(createHash('sha256').update(bytes).digest('hex'), chatFile.encryption_fingerprint)
      assert.match(bytes.toString(), /hello/)
      // The account's API token downloads too; no token does not.
      const video = a.archive_files.find((f) => f.file_type === 'MP4')
      assert.ok(video)
      const byApi = await fetch(`${video.download_url}?access_token=${token}`, { redirect: 'manual' })
      assert.equal(byApi.status, 302)
      const bare = await fetch(video.download_url, { redirect: 'manual' })
      assert.equal(bare.status, 200)
      assert.match(String(bare.headers.get('content-type')), /text\/html/)
      const other = await makeAccount(t)
      const foreign = await fetch(`${video.download_url}?access_token=${await other.token()}`, { redirect: 'manual' })
      assert.equal(foreign.status, 200)
    })

    it('is internal without guests, and has no chat file without chat', async () => {
      assert.equal((await archiving(true, { ...ALL_FILES, audio_file: false, cc_transcript_file: false })).status, 204)
      // A guest held in the waiting room and never admitted took no part in what was archived.
      const held = await hold({ topic: 'Internal sync', guest: 'waiting' })
      await advance(t.config.recordingProcessingSeconds * 1000 + 1000)
      const a = (await list()).body.meetings.find((m) => m.uuid === held.uuid)
      assert.ok(a)
      assert.equal(a.meeting_type, 'internal')
      assert.deepEqual(
        a.archive_files.map((f) => f.file_type),
        ['MP4'],
      )
      assert.equal((await archiving(true)).status, 204)
    })
  })

  describe('windows and paging', () => {
    it('takes at most seven days, echoes a future end as now, and rejects bad bounds', async () => {
      const now = Math.floor(t.clock.now() / 1000) * 1000
      let res = await list()
      assert.equal(res.body.to, isoSeconds(now))
      assert.equal(res.body.from, isoSeconds(now - 7 * DAY))
      assert.equal(res.body.page_size, 30)
      res = await list(`?from=${isoSeconds(now - DAY)}&to=${isoSeconds(now + DAY)}`)
      assert.equal(res.status, 200)
      assert.equal(res.body.to, isoSeconds(now))
      assert.equal(res.body.from, isoSeconds(now - DAY))
      refused(await list(`?from=${isoSeconds(now - 8 * DAY)}&to=${isoSeconds(now)}`), 400, 300)
      refused(await list(`?from=${isoSeconds(now)}&to=${isoSeconds(now - DAY)}`), 400, 300)
      refused(await list('?from=2024-01-01'), 400, 300)
      refused(await list('?page_size=301'), 400, 300)
      refused(await list('?query_date_type=end_time'), 400, 300)
    })

    it('filters by meeting start or by archive completion', async () => {
      const held = await hold({ topic: 'Window edge', minutes: 5 })
      const ended = Math.floor(t.clock.now() / 1000) * 1000
      await advance(t.config.recordingProcessingSeconds * 1000 + 1000)
      const started = ended - 6 * MIN
      const justAfterStart = `?from=${isoSeconds(started + 2 * MIN)}&to=${isoSeconds(t.clock.now())}`
      const has = (r: { body: ArchiveList }) => r.body.meetings.some((m) => m.uuid === held.uuid)
      assert.ok(!has(await list(justAfterStart)))
      assert.ok(has(await list(`${justAfterStart}&query_date_type=archive_complete_time`)))
      assert.ok(has(await list(`?from=${isoSeconds(started - MIN)}&to=${isoSeconds(started + MIN)}`)))
      assert.ok(
        !has(
          await list(
            `?from=${isoSeconds(started - MIN)}&to=${isoSeconds(started + MIN)}&query_date_type=archive_complete_time`,
          ),
        ),
      )
    })

    it('pages with next_page_token', async () => {
      await hold({ topic: 'Page A', minutes: 1 })
      await hold({ topic: 'Page B', minutes: 1 })
      await hold({ topic: 'Page C', minutes: 1 })
      await processRecordings(t)
      await fresh()
      const all = (await list()).body
      assert.ok(all.total_records >= 3)
      const seen: string[] = []
      let next = ''
      do {
        const res = await list(`?page_size=2${next ? `&next_page_token=${next}` : ''}`)
        assert.equal(res.status, 200)
        assert.ok(res.body.meetings.length <= 2)
        assert.equal(res.body.total_records, all.total_records)
        seen.push(...res.body.meetings.map((m) => m.uuid))
        next = res.body.next_page_token
      } while (next)
      assert.deepEqual(
        seen,
        all.meetings.map((m) => m.uuid),
      )
      refused(await list('?next_page_token=forged.token'), 400, 300)
    })
  })
})
