import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, obj, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { processRecordings } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

// One fixed meeting and one fixed webinar (test/fixtures/acceptance-*.json), asserted field by field against the
// figures worked out by hand from the scenario files: past meetings, reports, dashboards and recordings must all
// tell the same story.

const MIN = 60_000

/** Each join session of the meeting scenario: name, join and leave offsets in minutes, who ended it. */
const MEETING_SESSIONS: Array<[string, number, number]> = [
  ['Mei Chen', 0, 45],
  ['Lin Wang', 1, 45],
  ['Bo Li', 1, 45],
  ['Ravi Kumar', 2, 20],
  ['Chen Yu', 2, 45],
  ['Ana Souza', 3, 30],
  ['Dee Park', 4, 25],
  ['Caller', 5, 35],
  ['Eli Cohen', 6, 45],
  ['Fay Ito', 8, 45],
  ['Gus Moreau', 10, 42],
  ['Hal Berg', 15, 45],
  ['Ravi Kumar', 22, 45],
  ['Ana Souza', 31, 40],
]
/** 12 people, 14 sessions (Ravi and Ana rejoin), 442 attended minutes. */
const MEETING = { people: 12, sessions: 14, minutes: 442, duration: 45 }

/** The webinar: attendees who come before the broadcast at minute 5 wait until it starts. */
const WEBINAR_SESSIONS: Array<[string, number, number]> = [
  ['Mei Chen', 0, 40],
  ['Pax Olsen', 0, 40],
  ['Quinn Adler', 2, 40],
  ['Ari Novak', 5, 40],
  ['Bea Ruiz', 6, 25],
  ['Cy Tan', 7, 15],
  ['Dot Kaye', 8, 40],
  ['Eve Lund', 10, 30],
  ['Cy Tan', 18, 40],
]
const WEBINAR = { people: 8, sessions: 9, minutes: 254, duration: 40 }

const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '')
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const enc = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))

function load(file: string, ownerId: string): Json {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').replaceAll('{{ownerId}}', ownerId),
  )
}

/** The sessions as a list shows them, in the order the scenario's table gives: join time, then list order. */
function sessionsOf(rows: Json[], name: (r: Json) => unknown) {
  return rows.map((r) => [str(name(r)), str(r.join_time), str(r.leave_time)])
}

function expected(table: Array<[string, number, number]>, start: number) {
  return table.map(([name, join, leave]) => [name, iso(start + join * MIN), iso(start + leave * MIN)])
}

describe('the fixed acceptance scenario, across past meetings, reports, dashboards and recordings', () => {
  let t: TestServer
  let token: string
  let meeting: { id: number; uuid: string; start: number }
  let webinar: { id: number; uuid: string; start: number }
  before(async () => {
    const started = await startWithOwner()
    ;({ t, token } = started)
    // The end-of-meeting survey is shown, so the scenario's answers are taken.
    const survey = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { in_meeting: { feedback: true, post_meeting_feedback: true } },
    })
    assert.equal(survey.status, 204, JSON.stringify(survey.body))
    const m = await t.call('POST', '/sim/scenarios', { token, body: load('acceptance-meeting.json', started.ownerId) })
    assert.equal(m.status, 200, JSON.stringify(m.body))
    meeting = { id: num(m.body.id), uuid: str(m.body.uuid), start: Date.parse(str(m.body.start_time)) }
    const w = await t.call('POST', '/sim/scenarios', {
      token,
      // Two days earlier, so the day-based reports keep the two apart.
      body: { ...load('acceptance-webinar.json', started.ownerId), start_at: iso(meeting.start - 2 * 24 * 60 * MIN) },
    })
    assert.equal(w.status, 200, JSON.stringify(w.body))
    webinar = { id: num(w.body.id), uuid: str(w.body.uuid), start: Date.parse(str(w.body.start_time)) }
    await processRecordings(t)
  })
  after(() => t.close())

  const get = async (path: string) => {
    const res = await t.call('GET', `/v2${path}`, { token })
    assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`)
    return res.body
  }

  it('the past meeting, its report and its dashboard give the same instance figures', async () => {
    const start = iso(meeting.start)
    const end = iso(meeting.start + MEETING.duration * MIN)
    const past = await get(`/past_meetings/${enc(meeting.uuid)}`)
    const report = await get(`/report/meetings/${enc(meeting.uuid)}`)
    const dash = await get(`/metrics/meetings/${enc(meeting.uuid)}?type=past`)
    for (const r of [past, report]) {
      assert.equal(r.id, meeting.id)
      assert.equal(r.uuid, meeting.uuid)
      assert.equal(r.topic, 'Quarterly planning')
      assert.equal(r.start_time, start)
      assert.equal(r.end_time, end)
      assert.equal(r.duration, MEETING.duration)
      assert.equal(r.participants_count, MEETING.people)
      assert.equal(r.total_minutes, MEETING.minutes)
      assert.equal(r.user_email, t.seed.ownerEmail)
    }
    assert.equal(dash.start_time, start)
    assert.equal(dash.end_time, end)
    assert.equal(dash.duration, '45:00')
    assert.equal(dash.participants, MEETING.people)
    assert.equal(dash.email, t.seed.ownerEmail)
    assert.equal(dash.host, past.user_name)
    assert.deepEqual(
      [dash.has_pstn, dash.has_voip, dash.has_video, dash.has_screen_share, dash.has_recording, dash.has_poll],
      [true, true, true, true, true, true],
    )
    assert.deepEqual([dash.has_qa, dash.has_sip, dash.has_3rd_party_audio], [true, false, false])
  })

  it('every list of participants has one row per join session, with the same times', async () => {
    const want = expected(MEETING_SESSIONS, meeting.start)
    const past = items((await get(`/past_meetings/${enc(meeting.uuid)}/participants?page_size=300`)).participants)
    const report = items((await get(`/report/meetings/${enc(meeting.uuid)}/participants?page_size=300`)).participants)
    const dash = items(
      (await get(`/metrics/meetings/${enc(meeting.uuid)}/participants?type=past&page_size=100`)).participants,
    )
    assert.deepEqual(
      sessionsOf(past, (r) => r.name),
      want,
    )
    assert.deepEqual(
      sessionsOf(report, (r) => r.name),
      want,
    )
    assert.deepEqual(
      sessionsOf(dash, (r) => r.user_name),
      want,
    )
    // Durations in seconds add up to the attended minutes; the per-session ids agree between the lists.
    assert.equal(
      past.reduce((n, r) => n + num(r.duration), 0),
      MEETING.minutes * 60,
    )
    assert.deepEqual(
      report.map((r) => r.user_id),
      past.map((r) => r.user_id),
    )
    assert.deepEqual(
      dash.map((r) => r.user_id),
      past.map((r) => r.user_id),
    )
    // Who was there at the end was let go by the host; the others left on their own.
    for (const [k, [name, , leave]] of MEETING_SESSIONS.entries())
      assert.equal(
        dash[k]?.leave_reason,
        leave === MEETING.duration ? 'Host ended the meeting.' : `${name} left the meeting.`,
      )
    const caller = find(dash, (r) => r.user_name === 'Caller')
    assert.equal(caller.device, 'Phone')
    const lin = find(dash, (r) => r.user_name === 'Lin Wang')
    assert.deepEqual([lin.device, lin.network_type], ['Windows', 'Wifi'])
  })

  it('the share, the recording, the phone leg, the poll and the Q&A are where the scenario put them', async () => {
    const sharing = items(
      (await get(`/metrics/meetings/${enc(meeting.uuid)}/participants/sharing?type=past&page_size=100`)).participants,
    )
    const at = (min: number) => iso(meeting.start + min * MIN)
    const ravi = sharing.filter((r) => r.user_name === 'Ravi Kumar').flatMap((r) => items(r.details))
    assert.deepEqual(ravi, [{ content: 'desktop', start_time: at(10), end_time: at(18) }])
    const host = sharing.filter((r) => r.user_name === 'Mei Chen').flatMap((r) => items(r.details))
    assert.deepEqual(host, [{ content: 'recording', start_time: at(1), end_time: at(44) }])

    const rec = await get(`/meetings/${enc(meeting.uuid)}/recordings`)
    assert.equal(rec.uuid, meeting.uuid)
    assert.equal(rec.duration, MEETING.duration)
    const files = items(rec.recording_files)
    const mp4 = find(files, (f) => f.file_type === 'MP4')
    assert.deepEqual([mp4.recording_start, mp4.recording_end], [at(1), at(44)])
    assert.equal(
      files.reduce((n, f) => n + num(f.file_size), 0),
      rec.total_size,
    )
    assert.equal(rec.recording_count, files.length)

    const tel = await get(`/report/telephone?type=2&from=${day(meeting.start)}&to=${day(meeting.start)}`)
    const leg = find(items(tel.telephony_usage), (r) => r.meeting_id === meeting.id)
    assert.deepEqual([leg.start_time, leg.end_time, leg.duration], [at(5), at(35), 30])

    const polls = items((await get(`/report/meetings/${enc(meeting.uuid)}/polls`)).questions)
    assert.deepEqual(
      polls.map((p) => [p.name, items(p.question_details).map((d) => d.answer)]),
      [
        ['Bo Li', ['Q1']],
        ['Chen Yu', ['Q2']],
        ['Eli Cohen', ['Q1']],
      ],
    )
    const qa = items((await get(`/report/meetings/${enc(meeting.uuid)}/qa`)).questions)
    assert.equal(qa.length, 1)
    assert.equal(qa[0]?.name, 'Fay Ito')
    const detail = obj(items(qa[0]?.question_details)[0])
    assert.deepEqual(
      [detail.question, detail.answer, detail.create_time],
      ['Will the slides be shared?', 'Yes, after the call.', at(20)],
    )
  })

  it('the day and the host add up the same sessions and minutes', async () => {
    const d = day(meeting.start)
    const month = new Date(meeting.start)
    const daily = await get(`/report/daily?year=${month.getUTCFullYear()}&month=${month.getUTCMonth() + 1}`)
    const row = find(items(daily.dates), (r) => r.date === d)
    assert.deepEqual([row.meetings, row.participants, row.meeting_minutes], [1, MEETING.sessions, MEETING.minutes])
    const users = await get(`/report/users?from=${d}&to=${d}`)
    const owner = find(items(users.users), (u) => u.email === t.seed.ownerEmail)
    assert.deepEqual(
      [owner.meetings, owner.participants, owner.meeting_minutes],
      [1, MEETING.sessions, MEETING.minutes],
    )
    const list = await get(`/metrics/meetings?type=past&from=${d}&to=${d}`)
    const listed = find(items(list.meetings), (m) => m.uuid === meeting.uuid)
    assert.deepEqual(listed, await get(`/metrics/meetings/${enc(meeting.uuid)}?type=past`))
  })

  it('the webinar: report and dashboard agree on the instance and its sessions', async () => {
    const report = await get(`/report/webinars/${enc(webinar.uuid)}`)
    const dash = await get(`/metrics/webinars/${enc(webinar.uuid)}?type=past`)
    assert.deepEqual(
      [report.id, report.duration, report.participants_count, report.total_minutes],
      [webinar.id, WEBINAR.duration, WEBINAR.people, WEBINAR.minutes],
    )
    assert.deepEqual([dash.participants, dash.duration, dash.start_time], [WEBINAR.people, '40:00', report.start_time])
    assert.deepEqual([dash.has_qa, dash.has_screen_share, dash.has_recording], [true, true, false])
    const want = expected(WEBINAR_SESSIONS, webinar.start)
    const rows = items((await get(`/report/webinars/${enc(webinar.uuid)}/participants?page_size=300`)).participants)
    const dashRows = items(
      (await get(`/metrics/webinars/${enc(webinar.uuid)}/participants?type=past&page_size=100`)).participants,
    )
    assert.equal(rows.length, WEBINAR.sessions)
    assert.deepEqual(
      sessionsOf(rows, (r) => r.name),
      want,
    )
    assert.deepEqual(
      sessionsOf(dashRows, (r) => r.user_name),
      want,
    )
    assert.deepEqual(
      dashRows.map((r) => r.role),
      ['host', 'panelist', 'panelist', 'attendee', 'attendee', 'attendee', 'attendee', 'attendee', 'attendee'],
    )
    const qa = items((await get(`/report/webinars/${enc(webinar.uuid)}/qa`)).questions)
    assert.deepEqual(
      qa.map((q) => q.name),
      ['Ari Novak'],
    )
  })

  it('Lin’s Wi-Fi degrades at minute 12: her minutes, grades and alert say so, and the meeting’s grade follows', async () => {
    const rows = items(
      (await get(`/metrics/meetings/${enc(meeting.uuid)}/participants?type=past&page_size=100`)).participants,
    )
    const lin = find(rows, (r) => r.user_name === 'Lin Wang')
    const bo = find(rows, (r) => r.user_name === 'Bo Li')
    const rank = (g: unknown) => ['good', 'fair', 'poor', 'bad'].indexOf(str(g))
    assert.equal(bo.audio_quality, 'good')
    assert.ok(rank(lin.audio_quality) > rank(bo.audio_quality), `Lin ${String(lin.audio_quality)}`)
    // The caller has no video or screen share to grade.
    const caller = find(rows, (r) => r.user_name === 'Caller')
    assert.deepEqual([caller.video_quality, caller.screen_share_quality], ['', ''])

    const qos = await get(
      `/metrics/meetings/${enc(meeting.uuid)}/participants/${str(lin.user_id)}/qos?type=past&page_size=100`,
    )
    const samples = items(qos.user_qos)
    assert.equal(samples.length, 44, 'one sample per minute from minute 1 to 45')
    const latency = (k: number) => parseInt(str(obj(samples[k]?.audio_input).latency), 10)
    const before = Math.max(...samples.slice(0, 11).map((_, k) => latency(k)))
    const afterwards = Math.min(...samples.slice(11).map((_, k) => latency(k + 11)))
    assert.ok(afterwards > before, `latency before minute 12 at most ${before} ms, after at least ${afterwards} ms`)

    const alerts = (await outboxEvents(t, 'meeting.alert')).filter((e) => obj(e.payload.object).uuid === meeting.uuid)
    // Only Lin's minutes cross the line: one alert, naming every stream she had (she watched Ravi's share too).
    assert.equal(alerts.length, 1)
    assert.deepEqual(obj(alerts[0]?.payload.object).issues, [
      'Unstable audio quality',
      'Unstable video quality',
      'Unstable screen share quality',
    ])

    const dash = await get(`/metrics/meetings/${enc(meeting.uuid)}?type=past`)
    assert.equal(dash.audio_quality, 'good', 'one bad line among twelve leaves the meeting good on average')
    const d = day(meeting.start)
    const scores = obj((await get(`/metrics/quality?type=participants&from=${d}&to=${d}`)).quality)
    const graded = rows.map((r) => str(r.audio_quality)).filter(Boolean)
    assert.equal(
      Object.values(obj(scores.audio)).reduce((n: number, v) => n + num(v), 0),
      graded.length,
    )
    assert.equal(num(obj(scores.audio)[str(lin.audio_quality)]) >= 1, true)
  })

  it('the survey answers: per meeting, per day and per reason', async () => {
    const answers = items(
      (await get(`/metrics/meetings/${enc(meeting.uuid)}/participants/satisfaction?type=past`)).participants,
    )
    assert.deepEqual(answers.map((a) => a.quality).sort(), ['GOOD', 'GOOD', 'NOT GOOD'])
    const lin = find(answers, (a) => a.quality === 'NOT GOOD')
    assert.equal(lin.comment, 'Sound broke up after a while')
    const d = day(meeting.start)
    const daily = find(
      items((await get(`/metrics/client/satisfaction?from=${d}&to=${d}`)).client_satisfaction),
      (r) => r.date === d,
    )
    // Twelve people left; three answered, nine did not.
    assert.deepEqual([daily.good_count, daily.not_good_count, daily.none_count], [2, 1, 9])
    const reasons = items((await get(`/metrics/client/feedback?from=${d}&to=${d}`)).client_feedbacks)
    assert.equal(find(reasons, (r) => r.feedback_name === 'Audio was choppy or robotic').participants_count, 1)
  })
})
