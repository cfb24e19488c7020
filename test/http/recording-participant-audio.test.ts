import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { isoSeconds } from '../../src/util/time.js'
import { startWithToken } from '../helpers/fixtures.js'
import { must, refused, type Json } from '../helpers/json.js'
import { parseMp4 } from '../helpers/mp4.js'
import { outboxEvents } from '../helpers/outbox.js'
import { MIN, recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

interface VoiceView {
  id: string
  file_name: string
  file_type: string
  file_extension: string
  file_size: number
  play_url: string
  download_url: string
  recording_start: string
  recording_end: string
  status: string
  deleted_time?: string
  recording_type?: string
  meeting_id?: string
}
interface RecordingView {
  uuid: string
  start_time: string
  password?: string
  total_size: number
  recording_count: number
  recording_files: Array<{ id: string; file_size: number; recording_type: string }>
  participant_audio_files?: VoiceView[]
}

/**
 * A 20-minute meeting recorded from minute 2 to 18. Recorded presence, in minutes: the host 16, Lin 4 + 5 (leaves
 * at 6, back 10 to 15), Ada 10 (joins at 8, after recording started), the phone caller 3 (4 to 7). Nobody else
 * is recorded: Sam leaves before recording starts.
 */
const PEOPLE = [
  { name: 'Dana Host', join_offset_minutes: 0 },
  {
    name: 'Lin Chen',
    join_offset_minutes: 1,
    leave_offset_minutes: 6,
    rejoins: [{ join_offset_minutes: 10, leave_offset_minutes: 15 }],
  },
  { name: 'Ada Park', join_offset_minutes: 8 },
  {
    name: 'Pat Phone',
    join_offset_minutes: 4,
    leave_offset_minutes: 7,
    phone: { type: 'toll', number: '+14155550100' },
  },
  { name: 'Sam Early', join_offset_minutes: 0, leave_offset_minutes: 1.5 },
]
/** Recorded [from, to) minutes of each participant heard, in order of first join. */
const HEARD: Array<[string, Array<[number, number]>]> = [
  ['Dana Host', [[2, 18]]],
  [
    'Lin Chen',
    [
      [2, 6],
      [10, 15],
    ],
  ],
  ['Pat Phone', [[4, 7]]],
  ['Ada Park', [[8, 18]]],
]
const minutesOf = (spans: Array<[number, number]>) => spans.reduce((n, [a, b]) => n + b - a, 0)

describe('Cloud recordings: an audio file of each participant', () => {
  let t: TestServer
  let token: string
  let m: RecordedMeeting
  let rec: RecordingView
  let voices: VoiceView[]

  const setting = (on: boolean) =>
    t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { recording: { record_audio_file_each_participant: on } },
    })
  const get = (id: number | string) => t.call<RecordingView>('GET', `/v2/meetings/${id}/recordings`, { token })
  const used = async () => {
    const res = await t.call<{ used_bytes: number }>('PATCH', '/sim/accounts/me/cloud_storage', {
      token,
      body: { quota_bytes: null },
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body.used_bytes
  }
  const play = (topic: string) =>
    recordedMeeting(t, token, {
      topic,
      participants: PEOPLE.map((p, k) => (k === 0 ? { ...p, email: t.seed.ownerEmail } : p)),
      record: { start_offset_minutes: 2, stop_offset_minutes: 18 },
    })

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('is off by default: no participant_audio_files', async () => {
    const got = await t.call<{ recording: Json }>('GET', '/v2/accounts/me/settings', { token })
    assert.equal(got.body.recording.record_audio_file_each_participant, false)
    const before = await used()
    const off = await play('Setting off')
    const res = await get(off.id)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal('participant_audio_files' in res.body, false)
    assert.ok(res.body.recording_files.every((f) => f.recording_type !== 'audio_only_each_participant'))
    assert.equal(res.body.recording_count, res.body.recording_files.length)
    assert.equal(await used(), before + res.body.total_size)
    const [event] = (await outboxEvents<Json>(t, 'recording.completed')).filter(
      (e) => e.payload.object.uuid === off.uuid,
    )
    assert.equal('participant_audio_files' in must(event, 'completed').payload.object, false)
  })

  it('with the setting on, lists one M4A per participant heard, apart from the recording files', async () => {
    assert.equal((await setting(true)).status, 204)
    const before = await used()
    m = await play('Separate audio')
    const res = await get(m.id)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    rec = res.body
    voices = must(rec.participant_audio_files, 'participant_audio_files')
    assert.deepEqual(
      voices.map((v) => v.file_name),
      HEARD.map(([name]) => `Audio only - ${name}`),
    )
    const start = Date.parse(rec.start_time)
    const at = (min: number) => isoSeconds(start + min * MIN)
    for (const [k, v] of voices.entries()) {
      const spans = must(HEARD[k], 'heard')[1]
      assert.equal(v.file_type, 'M4A')
      assert.equal(v.file_extension, 'M4A')
      assert.equal(v.status, 'completed')
      assert.match(v.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      assert.equal(v.recording_start, at(must(spans[0], 'first')[0]))
      assert.equal(v.recording_end, at(must(spans.at(-1), 'last')[1]))
      assert.match(v.play_url, /\/rec\/play\/[\w-]+$/)
      assert.match(v.download_url, /\/rec\/download\/[\w-]+$/)
      assert.equal(v.recording_type, undefined)
      assert.equal(v.meeting_id, undefined)
      assert.equal(v.deleted_time, undefined)
    }
    // The recording's own files are those of a recording without the setting; the count and size take in both.
    assert.deepEqual(rec.recording_files.map((f) => f.recording_type).sort(), [
      'audio_only',
      'shared_screen_with_speaker_view',
      'timeline',
    ])
    assert.equal(rec.recording_count, rec.recording_files.length + voices.length)
    const sizes = [...rec.recording_files, ...voices].reduce((n, f) => n + f.file_size, 0)
    assert.equal(rec.total_size, sizes)
    assert.equal(await used(), before + rec.total_size)
  })

  it('sizes follow recorded presence; downloads give the M4A of that length', async () => {
    // Longer presence, larger file; the audio data itself (the file less its header) grows in step with it.
    const bySize = [...voices.keys()].sort((x, y) => must(voices[x], 'a').file_size - must(voices[y], 'b').file_size)
    const byTime = [...voices.keys()].sort(
      (x, y) => minutesOf(must(HEARD[x], 'a')[1]) - minutesOf(must(HEARD[y], 'b')[1]),
    )
    assert.deepEqual(bySize, byTime)
    const perMinute: number[] = []
    for (const [k, v] of voices.entries()) {
      const res = await fetch(`${v.download_url}?access_token=${token}`, { redirect: 'manual' })
      assert.equal(res.status, 302)
      const file = await fetch(must(res.headers.get('location'), 'location'))
      assert.equal(file.status, 200)
      assert.equal(file.headers.get('content-type'), 'audio/mp4')
      const bytes = Buffer.from(await file.arrayBuffer())
      assert.equal(bytes.length, v.file_size)
      const mp4 = parseMp4(bytes)
      assert.deepEqual(
        mp4.tracks.map((x) => x.handler),
        ['soun'],
      )
      perMinute.push((mp4.mdat.end - mp4.mdat.start) / minutesOf(must(HEARD[k], 'heard')[1]))
      const seconds = mp4.duration / mp4.timescale
      assert.ok(Math.abs(seconds - minutesOf(must(HEARD[k], 'heard')[1]) * 60) < 1, `${seconds}`)
    }
    for (const r of perMinute) assert.ok(Math.abs(r / must(perMinute[0], 'host') - 1) < 0.001, `${perMinute}`)
  })

  it('links a download under the name it is served with, the participant’s', async () => {
    const v = must(voices[1], 'Lin')
    const res = await fetch(`${v.download_url}?access_token=${token}`, { redirect: 'manual' })
    const link = new URL(must(res.headers.get('location'), 'location'))
    const linked = decodeURIComponent(must(link.pathname.split('/').at(-1), 'name'))
    assert.match(linked, /^GMT\d{8}-\d{6}_Recording_Audio_only_-_Lin_Chen\.m4a$/)
    const file = await fetch(link)
    assert.equal(file.headers.get('content-disposition'), `attachment; filename="${linked}"`)
  })

  it('plays under the recording passcode; a download without a token is refused with a page', async () => {
    const v = must(voices[1], 'Lin')
    const bare = await fetch(v.download_url, { redirect: 'manual' })
    assert.equal(bare.status, 200)
    assert.match(bare.headers.get('content-type') ?? '', /^text\/html/)
    const prompt = await (await fetch(v.play_url)).text()
    assert.match(prompt, /Enter the passcode/)
    const page = await (await fetch(`${v.play_url}?pwd=${encodeURIComponent(must(rec.password, 'password'))}`)).text()
    assert.match(page, /<audio controls/)
  })

  it('recording.completed carries them, with webhook download URLs its download_token opens', async () => {
    const [event] = (
      await outboxEvents<RecordingView & { participant_audio_files: VoiceView[] }>(t, 'recording.completed')
    ).filter((e) => e.payload.object.uuid === m.uuid)
    const object = must(event, 'recording.completed').payload.object
    assert.deepEqual(
      object.participant_audio_files.map((v) => [v.id, v.file_name, v.file_size, v.recording_start]),
      voices.map((v) => [v.id, v.file_name, v.file_size, v.recording_start]),
    )
    assert.equal(object.recording_count, rec.recording_count)
    assert.equal(object.total_size, rec.total_size)
    const v = must(object.participant_audio_files[2], 'phone')
    assert.match(v.download_url, /\/rec\/webhook_download\//)
    const downloadToken = (event as unknown as { download_token: string }).download_token
    const res = await fetch(`${v.download_url}?access_token=${downloadToken}`, { redirect: 'manual' })
    assert.equal(res.status, 302)
  })

  it('the user list shows them too', async () => {
    const res = await t.call<{ meetings: RecordingView[] }>('GET', '/v2/users/me/recordings', { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const listed = must(
      res.body.meetings.find((x) => x.uuid === m.uuid),
      'listed',
    )
    assert.deepEqual(
      listed.participant_audio_files?.map((v) => v.id),
      voices.map((v) => v.id),
    )
  })

  it('one participant file goes to the trash alone and comes back', async () => {
    const lin = must(voices[1], 'Lin')
    assert.equal((await t.call('DELETE', `/v2/meetings/${m.id}/recordings/${lin.id}`, { token })).status, 204)
    let res = await get(m.id)
    assert.deepEqual(
      res.body.participant_audio_files?.map((v) => v.id),
      voices.filter((v) => v !== lin).map((v) => v.id),
    )
    assert.equal(res.body.recording_count, rec.recording_count - 1)
    assert.equal(res.body.total_size, rec.total_size - lin.file_size)
    const trash = await t.call<{ meetings: RecordingView[] }>(
      'GET',
      '/v2/users/me/recordings?trash=true&trash_type=recording_file',
      { token },
    )
    const trashed = must(
      trash.body.meetings.find((x) => x.uuid === m.uuid),
      'in the trash',
    )
    assert.deepEqual(trashed.recording_files, [])
    assert.equal(must(trashed.participant_audio_files?.[0], 'trashed file').id, lin.id)
    assert.ok(trashed.participant_audio_files?.[0]?.deleted_time)
    const gone = await fetch(`${lin.download_url}?access_token=${token}`, { redirect: 'manual' })
    assert.equal(gone.status, 200)
    assert.match(gone.headers.get('content-type') ?? '', /^text\/html/)
    const back = await t.call('PUT', `/v2/meetings/${m.id}/recordings/${lin.id}/status`, {
      token,
      body: { action: 'recover' },
    })
    assert.equal(back.status, 204)
    res = await get(m.id)
    assert.equal(res.body.recording_count, rec.recording_count)
  })

  it('trashing the recording takes them along; recovering brings them back', async () => {
    assert.equal((await t.call('DELETE', `/v2/meetings/${m.id}/recordings`, { token })).status, 204)
    refused(await get(m.id), 404, 3301)
    const [event] = (
      await outboxEvents<{ uuid: string; participant_audio_files?: VoiceView[] }>(t, 'recording.trashed')
    ).filter((e) => e.payload.object.uuid === m.uuid && (e.payload.object.participant_audio_files?.length ?? 0) > 1)
    assert.deepEqual(
      must(event, 'recording.trashed').payload.object.participant_audio_files?.map((v) => v.id),
      voices.map((v) => v.id),
    )
    const trash = await t.call<{ meetings: RecordingView[] }>('GET', '/v2/users/me/recordings?trash=true', { token })
    const trashed = must(
      trash.body.meetings.find((x) => x.uuid === m.uuid),
      'in the trash',
    )
    assert.equal(trashed.participant_audio_files?.length, voices.length)
    assert.ok(trashed.participant_audio_files?.every((v) => v.deleted_time))
    const back = await t.call('PUT', `/v2/meetings/${m.id}/recordings/status`, { token, body: { action: 'recover' } })
    assert.equal(back.status, 204)
    const res = await get(m.id)
    assert.deepEqual(
      res.body.participant_audio_files?.map((v) => [v.id, v.file_size]),
      voices.map((v) => [v.id, v.file_size]),
    )
    assert.equal(res.body.total_size, rec.total_size)
  })
})
