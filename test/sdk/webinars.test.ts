import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser } from '../helpers/fixtures.js'
import { must } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { apiError, rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Webinars through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let api: ReturnType<typeof meetingsClient>['endpoints']['webinars']
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    api = meetingsClient(t.origin, token).endpoints.webinars
  })
  after(() => t.close())

  it('createWebinar, getWebinar, updateWebinar, listWebinars and deleteWebinar agree with each other', async () => {
    const created = await api.createWebinar({
      path: { userId: 'me' },
      body: {
        topic: 'Quarterly briefing',
        type: 5,
        start_time: '2026-11-20T10:00:00',
        timezone: 'Europe/Berlin',
        duration: 45,
        password: 'brief1',
        settings: {
          panelists_video: true,
          practice_session: true,
          email_language: 'de-DE',
          registrants_restrict_number: 200,
          attendees_and_panelists_reminder_email_notification: { enable: true, type: 3 },
          question_and_answer: {
            enable: true,
            answer_questions: 'only',
            allow_auto_reply: true,
            auto_reply_text: 'Noted',
          },
        },
      },
    })
    assert.equal(created.statusCode, 201)
    const w = must(created.data)
    const id = must(w.id)
    assert.match(String(id), /^\d{11}$/)
    assert.equal(w.type, 5)
    assert.equal(w.start_time, '2026-11-20T09:00:00Z')
    assert.equal(w.timezone, 'Europe/Berlin')
    assert.equal(w.password, 'brief1')
    assert.ok(w.join_url?.startsWith(`${t.origin}/w/${id}?pwd=`), w.join_url)
    assert.ok(w.start_url?.startsWith(`${t.origin}/s/${id}?zak=`), w.start_url)
    assert.equal(w.creation_source, 'open_api')
    assert.equal(w.settings?.panelists_video, true)
    assert.equal(w.settings?.email_language, 'de-DE')
    assert.deepEqual(w.settings?.attendees_and_panelists_reminder_email_notification, { enable: true, type: 3 })
    assert.equal(w.settings?.question_and_answer?.auto_reply_text, 'Noted')

    const got = must((await api.getWebinar({ path: { webinarId: String(id) } })).data)
    assert.equal(got.topic, 'Quarterly briefing')
    assert.deepEqual(got.settings, w.settings)

    const updated = await api.updateWebinar({
      path: { webinarId: id },
      body: {
        topic: 'Quarterly briefing, extended',
        duration: 75,
        settings: {
          hd_video_for_attendees: true,
          follow_up_absentees_email_notification: { enable: true, type: 2 },
          question_and_answer: { allow_anonymous_questions: false },
        },
      },
    })
    assert.equal(updated.statusCode, 204)
    const after = must((await api.getWebinar({ path: { webinarId: String(id) } })).data)
    assert.equal(after.topic, 'Quarterly briefing, extended')
    assert.equal(after.duration, 75)
    assert.equal(after.start_time, '2026-11-20T09:00:00Z')
    assert.equal(after.settings?.hd_video_for_attendees, true)
    assert.deepEqual(after.settings?.follow_up_absentees_email_notification, { enable: true, type: 2 })
    // A nested settings object changes only in the members sent.
    assert.equal(after.settings?.question_and_answer?.allow_anonymous_questions, false)
    assert.equal(after.settings?.question_and_answer?.answer_questions, 'only')
    assert.equal(after.settings?.practice_session, true)

    const listed = must((await api.listWebinars({ path: { userId: 'me' }, query: { page_size: 300 } })).data)
    const entry = must(listed.webinars?.find((x) => x.id === id))
    assert.equal(entry.type, 5)
    assert.equal(entry.topic, 'Quarterly briefing, extended')
    assert.equal(entry.start_time, '2026-11-20T09:00:00Z')

    const deleted = await api.deleteWebinar({ path: { webinarId: id }, query: { cancel_webinar_reminder: true } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(api.getWebinar({ path: { webinarId: String(id) } }), 404, 3001, `Webinar does not exist: ${id}.`)
    await rejectsWith(api.deleteWebinar({ path: { webinarId: id } }), 404, 3001)
  })

  it('a weekly webinar (type 9) schedules its occurrences; one is changed alone and another deleted', async () => {
    const created = await api.createWebinar({
      path: { userId: 'me' },
      body: {
        topic: 'Thursday clinic',
        type: 9,
        start_time: '2026-11-12T15:00:00Z',
        duration: 90,
        recurrence: { type: 2, weekly_days: '5', end_times: 4 },
      },
    })
    const w = must(created.data)
    const id = must(w.id)
    assert.equal(w.type, 9)
    assert.equal(w.settings?.registration_type, 1)
    const occurrences = must(w.occurrences)
    assert.deepEqual(
      occurrences.map((o) => o.start_time),
      ['2026-11-12T15:00:00Z', '2026-11-19T15:00:00Z', '2026-11-26T15:00:00Z', '2026-12-03T15:00:00Z'],
    )
    assert.ok(occurrences.every((o) => o.status === 'available' && o.duration === 90))

    const second = must(occurrences[1]?.occurrence_id)
    const changed = await api.updateWebinar({
      path: { webinarId: id },
      query: { occurrence_id: second },
      body: { duration: 120, agenda: 'Longer this week' },
    })
    assert.equal(changed.statusCode, 204)
    const one = must((await api.getWebinar({ path: { webinarId: String(id) }, query: { occurrence_id: second } })).data)
    assert.equal(one.start_time, '2026-11-19T15:00:00Z')
    assert.equal(one.duration, 120)
    assert.equal(one.agenda, 'Longer this week')

    const third = must(occurrences[2]?.occurrence_id)
    assert.equal(
      (await api.deleteWebinar({ path: { webinarId: id }, query: { occurrence_id: third } })).statusCode,
      204,
    )
    const whole = must((await api.getWebinar({ path: { webinarId: String(id) } })).data)
    assert.deepEqual(
      whole.occurrences?.map((o) => [o.status, o.duration]),
      [
        ['available', 90],
        ['available', 120],
        ['deleted', 90],
        ['available', 90],
      ],
    )
    await rejectsWith(
      api.getWebinar({ path: { webinarId: String(id) }, query: { occurrence_id: '1' } }),
      400,
      3000,
      'Invalid occurrence_id.',
    )

    const open = must((await api.createWebinar({ path: { userId: 'me' }, body: { topic: 'Any time', type: 6 } })).data)
    assert.equal(open.type, 6)
    assert.equal(open.start_time, undefined)
    assert.equal(open.occurrences, undefined)
    await rejectsWith(
      api.createWebinar({
        path: { userId: 'me' },
        body: { type: 9, start_time: '2026-11-12T15:00:00Z', recurrence: { type: 1, end_times: 51 } },
      }),
      400,
      300,
    )
  })

  it('a host without a webinar licence is refused with 400/200 naming the user', async () => {
    const plain = await addUser(t, token, 'no-webinar-plan@example.com')
    const missing = `Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user: ${plain}.`
    await rejectsWith(api.createWebinar({ path: { userId: plain }, body: { topic: 'Not mine' } }), 400, 200, missing)
    await rejectsWith(api.listWebinars({ path: { userId: plain } }), 400, 200, missing)
    // Scheduling for such a user from a licensed account names the would-be host.
    const err = await api
      .createWebinar({ path: { userId: 'me' }, body: { topic: 'For them', schedule_for: plain } })
      .then(() => assert.fail('expected a refusal'), apiError)
    assert.deepEqual(err, { status: 400, code: 200, message: missing })

    const licensed = await addUser(t, token, 'webinar-plan@example.com', { webinar: 500 })
    const theirs = await api.createWebinar({ path: { userId: licensed }, body: { topic: 'Theirs' } })
    assert.equal(theirs.statusCode, 201)
    assert.equal(theirs.data?.host_id, licensed)
  })

  it('updateWebinarStatus end closes a webinar started through the simulator', async () => {
    const w = must(
      (
        await api.createWebinar({
          path: { userId: 'me' },
          body: { topic: 'Live now', start_time: '2026-11-02T09:00:00Z', duration: 30 },
        })
      ).data,
    )
    const id = must(w.id)
    const sim = (path: string, body?: unknown, method = 'POST') =>
      t.call(method, `/sim/meetings/${id}${path}`, { token, body })
    const started = await sim('/start')
    assert.equal(started.status, 200, started.text)
    assert.equal((await sim('/participants', { name: 'Attendee One' })).status, 201)

    await rejectsWith(api.updateWebinar({ path: { webinarId: id }, body: { topic: 'Renamed' } }), 400, 3000)
    await rejectsWith(api.deleteWebinar({ path: { webinarId: id } }), 400, 3002)

    const ended = await api.updateWebinarStatus({ path: { webinarId: id }, body: { action: 'end' } })
    assert.equal(ended.statusCode, 204)
    const state = (await sim('', undefined, 'GET')).body
    assert.equal(state.status, 'waiting')
    assert.deepEqual(state.participants, [])
    const read = must((await api.getWebinar({ path: { webinarId: String(id) } })).data)
    assert.notEqual(read.uuid, w.uuid)
    const events = (await outboxEvents(t, 'webinar.ended')).filter((e) => e.payload.object.id === String(id))
    assert.equal(events.length, 1)
    assert.equal(must(events[0]).payload.object.uuid, w.uuid)
    assert.equal(must(events[0]).payload.object.type, 5)

    // Ending a webinar that is not in progress changes nothing.
    assert.equal((await api.updateWebinarStatus({ path: { webinarId: id }, body: { action: 'end' } })).statusCode, 204)
    assert.equal((await outboxEvents(t, 'webinar.ended')).filter((e) => e.payload.object.id === String(id)).length, 1)
  })
})
