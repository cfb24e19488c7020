import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CloudRecordings } from '../../src/domain/cloud-recording/recordings.service.js'
import { startWithToken } from '../helpers/fixtures.js'
import { fieldErrors, items, must, num, refused, str, type Json } from '../helpers/json.js'
import { parseMp4 } from '../helpers/mp4.js'
import { outboxEvents } from '../helpers/outbox.js'
import { processRecordings } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

interface FileView {
  id: string
  recording_start: string
  recording_end: string
  file_type: string
  file_extension: string
  file_size: number
  download_url: string
  recording_type: string
}
interface RecordingView {
  uuid: string
  total_size: number
  recording_count: number
  recording_files: FileView[]
}

/** Who is in the meeting when, in minutes after the start: [join, leave). */
const PEOPLE = [
  { name: 'Dana Host', email: '', join: 0, leave: 30 },
  { name: 'Lin Chen', email: 'lin@example.com', join: 0.5, leave: 30 },
  { name: 'Ada Park', email: 'ada@example.com', join: 2, leave: 20 },
  { name: 'Omar Diaz', email: 'omar@example.com', join: 5, leave: 27 },
]
/** The two sets as recorded, in meeting minutes: 1→8 and 18→22 (paused 8→18), then 24→30. */
const SETS = [
  [
    [1, 8],
    [18, 22],
  ],
  [[24, 30]],
]

/** A WebVTT file as far as the test needs: its cues, each with times in ms and its text. */
function parseVtt(text: string): Array<{ from: number; to: number; text: string }> {
  const blocks = text
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/)
  assert.match(must(blocks.shift(), 'header'), /^WEBVTT(\s|$)/)
  const time = (s: string) => {
    const m = /^(\d{2,}):(\d{2}):(\d{2})\.(\d{3})$/.exec(s)
    assert.ok(m, `a cue time: ${s}`)
    const [, h, mi, se, ms] = m.map(Number)
    return (((h ?? 0) * 60 + (mi ?? 0)) * 60 + (se ?? 0)) * 1000 + (ms ?? 0)
  }
  return blocks.map((block) => {
    const lines = block.split('\n')
    // An optional cue identifier comes before the timing line.
    if (!lines[0]?.includes('-->')) lines.shift()
    const [from = '', to = ''] = must(lines.shift(), 'timing line').split(' --> ')
    return { from: time(from.trim()), to: time(to.trim().split(/\s/)[0] ?? ''), text: lines.join('\n') }
  })
}

/** A file's bytes through its download URL and an access token: a 302 to the file, then the file. */
async function fileBytes(url: string, accessToken: string): Promise<Buffer> {
  const res = await fetch(`${url}?access_token=${accessToken}`, { redirect: 'manual' })
  assert.equal(res.status, 302, url)
  const file = await fetch(must(res.headers.get('location'), 'location'))
  assert.equal(file.status, 200)
  return Buffer.from(await file.arrayBuffer())
}

/** The meeting minute a file offset (ms) of a set falls at. */
function meetingMinute(set: number[][], offsetMs: number): number {
  let left = offsetMs / MIN
  for (const [from = 0, to = 0] of set) {
    if (left < to - from) return from + left
    left -= to - from
  }
  return Number.NaN
}

describe('A recorded scenario: sets, pauses, chat and transcripts', () => {
  let t: TestServer
  let token: string
  let played: { id: number; uuid: string; start_time: string }
  let rec: RecordingView

  const sweep = () => t.server.svc.use(CloudRecordings).sweep()
  const download = (f: FileView) => fileBytes(f.download_url, token)

  before(async () => {
    ;({ t, token } = await startWithToken())
    PEOPLE[0] = { ...(PEOPLE[0] ?? { name: '', join: 0, leave: 30 }), email: t.seed.ownerEmail }
  })
  after(() => t.close())

  it('the account takes the audio transcript setting', async () => {
    const set = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { recording: { recording_audio_transcript: true } },
    })
    assert.equal(set.status, 204, JSON.stringify(set.body))
    const got = await t.call<{ recording: Json }>('GET', '/v2/accounts/me/settings', { token })
    assert.equal(got.body.recording.recording_audio_transcript, true)
  })

  it('plays a 30-minute meeting with two recording sets, a 10-minute pause and chat', async () => {
    const res = await t.call<typeof played>('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Quarterly review', type: 2 } },
        duration_minutes: 30,
        participants: PEOPLE.map((p) => ({
          name: p.name,
          email: p.email,
          join_offset_minutes: p.join,
          ...(p.leave < 30 ? { leave_offset_minutes: p.leave } : {}),
          chat: {
            'Lin Chen': [{ offset_minutes: 3, message: 'Hello everyone' }],
            'Ada Park': [{ offset_minutes: 10, message: 'Is the recording paused?' }],
            'Omar Diaz': [{ offset_minutes: 20, message: 'Can you send the slides?', to: 'Lin Chen' }],
            'Dana Host': [
              { offset_minutes: 23, message: 'Back in a minute' },
              { offset_minutes: 25, message: 'Recording again' },
            ],
          }[p.name],
        })),
        record: [
          {
            start_offset_minutes: 1,
            stop_offset_minutes: 22,
            pauses: [{ at_offset_minutes: 8, resume_offset_minutes: 18 }],
          },
          { start_offset_minutes: 24 },
        ],
      },
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    played = res.body
    const live = await t.call('GET', `/v2/meetings/${played.id}/recordings`, { token })
    assert.equal(live.status, 200, JSON.stringify(live.body))
    assert.equal(live.body.recording_count, 0)
  })

  it('the live events come in order, each naming its stretch', async () => {
    const names = ['started', 'paused', 'resumed', 'stopped'].map((x) => `recording.${x}`)
    const all = (await Promise.all(names.map((n) => outboxEvents<{ recording_file: Json }>(t, n)))).flat()
    all.sort((a, b) => a.event_ts - b.event_ts || names.indexOf(a.event) - names.indexOf(b.event))
    const start = Date.parse(played.start_time)
    const at = (min: number) => iso(start + min * MIN)
    assert.deepEqual(
      all.map((e) => [
        e.event,
        e.payload.object.recording_file.recording_start,
        e.payload.object.recording_file.recording_end,
      ]),
      [
        ['recording.started', at(1), ''],
        ['recording.paused', at(1), at(8)],
        ['recording.resumed', at(18), ''],
        ['recording.stopped', at(1), at(22)],
        ['recording.started', at(24), ''],
        ['recording.stopped', at(24), at(30)],
      ],
    )
  })

  it('after processing: two sets of files with their times, totals that add up, recording.completed', async () => {
    t.clock.advance(t.config.recordingProcessingSeconds * 1000 + 1000)
    await sweep()
    const res = await t.call<RecordingView>('GET', `/v2/meetings/${played.id}/recordings`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    rec = res.body
    assert.equal(rec.uuid, played.uuid)
    const start = Date.parse(played.start_time)
    const at = (min: number) => iso(start + min * MIN)
    const bySet = (s: string) => rec.recording_files.filter((f) => f.recording_start === s)
    assert.deepEqual(
      bySet(at(1))
        .map((f) => [f.file_type, f.recording_end])
        .sort(),
      [
        ['CHAT', at(22)],
        ['M4A', at(22)],
        ['MP4', at(22)],
        ['TIMELINE', at(22)],
      ],
    )
    assert.deepEqual(
      bySet(at(24))
        .map((f) => [f.file_type, f.recording_end])
        .sort(),
      [
        ['CHAT', at(30)],
        ['M4A', at(30)],
        ['MP4', at(30)],
        ['TIMELINE', at(30)],
      ],
    )
    assert.equal(rec.recording_files.length, 8)
    assert.equal(rec.recording_count, rec.recording_files.length)
    assert.equal(
      rec.total_size,
      rec.recording_files.reduce((n, f) => n + f.file_size, 0),
    )
    const completed = await outboxEvents<{ uuid: string; recording_files: Json[] }>(t, 'recording.completed')
    assert.equal(completed.length, 1)
    assert.equal(must(completed[0]).payload.object.uuid, played.uuid)
    assert.equal(must(completed[0]).payload.object.recording_files.length, 8)
    assert.equal(typeof must(completed[0]).download_token, 'string')
    assert.equal((await outboxEvents(t, 'recording.transcript_completed')).length, 0)
  })

  it('the first set’s MP4 lasts its recorded time, 11 minutes (1→8 and 18→22), pause left out', async () => {
    const start = iso(Date.parse(played.start_time) + MIN)
    const mp4 = must(rec.recording_files.find((f) => f.file_type === 'MP4' && f.recording_start === start))
    const bytes = await download(mp4)
    assert.equal(bytes.length, mp4.file_size)
    const info = parseMp4(bytes)
    assert.ok(Math.abs(info.duration / info.timescale - 11 * 60) < 1, `${info.duration / info.timescale} s`)
    const m4a = must(rec.recording_files.find((f) => f.file_type === 'M4A' && f.recording_start === start))
    const audio = parseMp4(await download(m4a))
    assert.ok(Math.abs(audio.duration / audio.timescale - 11 * 60) < 1)
    assert.deepEqual(
      audio.tracks.map((x) => x.handler),
      ['soun'],
    )
  })

  it('the chat files hold what was written while each set recorded, at its place in the file', async () => {
    const chats = rec.recording_files
      .filter((f) => f.file_type === 'CHAT')
      .sort((a, b) => a.recording_start.localeCompare(b.recording_start))
    const [first, second] = await Promise.all(chats.map(async (f) => (await download(f)).toString('utf8')))
    assert.equal(
      first,
      '00:02:00 From Lin Chen to Everyone:\n\tHello everyone\n00:09:00 From Omar Diaz to Lin Chen:\n\tCan you send the slides?\n',
    )
    assert.equal(second, '00:01:00 From Dana Host to Everyone:\n\tRecording again\n')
  })

  it('later, recording.transcript_completed and one WebVTT transcript per set, naming who was there', async () => {
    await processRecordings(t)
    const done = await outboxEvents<{ recording_files: Json[] }>(t, 'recording.transcript_completed')
    assert.equal(done.length, 1)
    const files = items(must(done[0]).payload.object.recording_files)
    assert.deepEqual(
      files.map((f) => f.file_type),
      ['TRANSCRIPT', 'TRANSCRIPT'],
    )
    const res = await t.call<RecordingView>('GET', `/v2/meetings/${played.id}/recordings`, { token })
    const all = res.body
    assert.equal(all.recording_count, 10)
    assert.equal(
      all.total_size,
      all.recording_files.reduce((n, f) => n + f.file_size, 0),
    )
    const transcripts = all.recording_files
      .filter((f) => f.file_type === 'TRANSCRIPT')
      .sort((a, b) => a.recording_start.localeCompare(b.recording_start))
    assert.equal(transcripts.length, 2)
    for (const [k, f] of transcripts.entries()) {
      assert.equal(f.file_extension, 'VTT')
      assert.equal(f.recording_type, 'audio_transcript')
      const set = must(SETS[k])
      const length = set.reduce((n, [a = 0, b = 0]) => n + (b - a), 0) * MIN
      const cues = parseVtt((await download(f)).toString('utf8'))
      assert.ok(cues.length > 5, `${cues.length} cues`)
      let last = 0
      for (const cue of cues) {
        assert.ok(cue.from >= last && cue.to > cue.from && cue.to <= length, JSON.stringify(cue))
        last = cue.from
        const name = must(/^([^:]+): .+/.exec(cue.text), cue.text)[1]
        const who = must(
          PEOPLE.find((p) => p.name === name),
          `speaker ${name}`,
        )
        const minute = meetingMinute(set, cue.from)
        assert.ok(who.join <= minute && minute < who.leave, `${name} speaks at minute ${minute}`)
      }
    }
  })

  it('auto_recording cloud records from the start without a record step', async () => {
    const res = await t.call<typeof played>('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Auto recorded', type: 2, settings: { auto_recording: 'cloud' } } },
        duration_minutes: 12,
        participants: [
          { name: 'Dana Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
          { name: 'Lin Chen', email: 'lin@example.com', join_offset_minutes: 2, leave_offset_minutes: 9 },
        ],
      },
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    await processRecordings(t)
    const got = await t.call<RecordingView>('GET', `/v2/meetings/${res.body.id}/recordings`, { token })
    assert.equal(got.status, 200, JSON.stringify(got.body))
    const start = Date.parse(res.body.start_time)
    const mp4 = must(got.body.recording_files.find((f) => f.file_type === 'MP4'))
    assert.equal(mp4.recording_start, iso(start))
    assert.equal(mp4.recording_end, iso(start + 12 * MIN))
    assert.ok(!got.body.recording_files.some((f) => f.file_type === 'CHAT'))
  })
})

describe('Recording sets and chat in scenarios and the simulator', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('refuses sets out of order or overlapping and pauses outside their set, listing every problem', async () => {
    const res = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Bad plan' } },
        duration_minutes: 20,
        participants: [
          {
            name: 'Dana Host',
            join_offset_minutes: 0,
            chat: [
              { offset_minutes: 2, message: 'hi', to: 'Nobody' },
              { offset_minutes: 25, message: 'late' },
            ],
          },
        ],
        record: [
          {
            start_offset_minutes: 2,
            stop_offset_minutes: 10,
            pauses: [{ at_offset_minutes: 12, resume_offset_minutes: 13 }],
          },
          { start_offset_minutes: 8, stop_offset_minutes: 15 },
          { start_offset_minutes: 16, pauses: [{ at_offset_minutes: 17, resume_offset_minutes: 17 }] },
        ],
      },
    })
    refused(res, 400, 300)
    assert.deepEqual(
      fieldErrors(res.body)
        .map((e) => e.field)
        .sort(),
      [
        'participants.0.chat.0.to',
        'participants.0.chat.1.offset_minutes',
        'record.0.pauses.0.at_offset_minutes',
        'record.1.start_offset_minutes',
        'record.2.pauses.0.resume_offset_minutes',
      ],
    )
  })

  it('a single set with a pause is taken as before, and stop then start at one instant makes two sets', async () => {
    const one = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'One set' } },
        duration_minutes: 10,
        participants: [{ name: 'Dana Host', email: t.seed.ownerEmail, join_offset_minutes: 0 }],
        record: { start_offset_minutes: 1, pauses: [{ at_offset_minutes: 4 }] },
      },
    })
    assert.equal(one.status, 200, JSON.stringify(one.body))
    const two = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Back to back' } },
        duration_minutes: 10,
        participants: [{ name: 'Dana Host', email: t.seed.ownerEmail, join_offset_minutes: 0 }],
        record: [
          { start_offset_minutes: 1, stop_offset_minutes: 5 },
          { start_offset_minutes: 5, stop_offset_minutes: 9 },
        ],
      },
    })
    assert.equal(two.status, 200, JSON.stringify(two.body))
    await processRecordings(t)
    const first = await t.call<RecordingView>('GET', `/v2/meetings/${num(one.body.id)}/recordings`, { token })
    const mp4 = must(first.body.recording_files.find((f) => f.file_type === 'MP4'))
    // Paused at minute 4 until the end: the file keeps 1→4, the set ends when the meeting stops it.
    const info = parseMp4(await fileBytes(mp4.download_url, token))
    assert.ok(Math.abs(info.duration / info.timescale - 180) < 1)
    const second = await t.call<RecordingView>('GET', `/v2/meetings/${num(two.body.id)}/recordings`, { token })
    assert.equal(second.body.recording_files.filter((f) => f.file_type === 'MP4').length, 2)
  })

  it('POST /sim/meetings/{id}/chat: a participant writes, by id or by name, to everyone or one person', async () => {
    const created = await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Live chat', type: 2 } })
    const id = num(created.body.id)
    assert.equal((await t.call('POST', `/sim/meetings/${id}/start`, { token })).status, 200)
    const join = async (name: string, email: string) =>
      str(
        (await t.call('POST', `/sim/meetings/${id}/participants`, { token, body: { name, email } })).body
          .participant_id,
      )
    const lin = await join('Lin Chen', 'lin@example.com')
    await join('Ada Park', 'ada@example.com')
    const chat = (body: unknown) => t.call('POST', `/sim/meetings/${id}/chat`, { token, body })

    const toAll = await chat({ participant_id: lin, message: 'Hello' })
    assert.equal(toAll.status, 201, JSON.stringify(toAll.body))
    assert.equal(toAll.body.participant_id, lin)
    assert.equal(toAll.body.sender_name, 'Lin Chen')
    assert.equal(toAll.body.sender_email, 'lin@example.com')
    assert.equal(toAll.body.recipient_name, 'Everyone')
    assert.equal(toAll.body.message, 'Hello')
    assert.equal(toAll.body.date_time, iso(t.clock.now()))
    assert.equal(typeof toAll.body.message_id, 'string')

    const direct = await chat({ name: 'Ada Park', message: 'Hi Lin', to: 'Lin Chen' })
    assert.equal(direct.status, 201, JSON.stringify(direct.body))
    assert.equal(direct.body.recipient_name, 'Lin Chen')
    const byId = await chat({ name: 'Ada Park', message: 'Again', to: lin })
    assert.equal(byId.body.recipient_name, 'Lin Chen')

    refused(await chat({ message: 'Who am I?' }), 400, 300, 'participant_id')
    refused(await chat({ name: 'Nobody', message: 'Hi' }), 404, 404)
    refused(await chat({ participant_id: lin, message: 'Hi', to: 'Nobody' }), 404, 404)
    refused(await chat({ participant_id: lin, message: 'Me', to: 'Lin Chen' }), 400, 300, 'to')
    refused(await chat({ participant_id: lin, message: '' }), 400, 300)

    await t.call('POST', `/sim/meetings/${id}/end`, { token })
    refused(await chat({ participant_id: lin, message: 'Too late' }), 400, 3000)
  })

  it('no chat where the account has chat off', async () => {
    const off = await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting: { chat: false } } })
    assert.equal(off.status, 204, JSON.stringify(off.body))
    const created = await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Quiet', type: 2 } })
    const id = num(created.body.id)
    await t.call('POST', `/sim/meetings/${id}/start`, { token })
    await t.call('POST', `/sim/meetings/${id}/participants`, { token, body: { name: 'Lin Chen' } })
    refused(
      await t.call('POST', `/sim/meetings/${id}/chat`, { token, body: { name: 'Lin Chen', message: 'Hi' } }),
      400,
      3000,
    )
  })
})
