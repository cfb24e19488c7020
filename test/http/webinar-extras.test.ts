import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { items, must, obj, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

// A webinar's polls and survey run on the meeting core; these check what is the webinar's own: the settings that
// switch them on, Zoom's webinar texts, the follow-up email link of the survey, and the webinar-only lookups.

const CHOICE = { name: 'Which track?', type: 'single', answers: ['Cloud', 'Edge'] }
const SCALE = { name: 'Rate the keynote', type: 'rating_scale', rating_min_value: 0, rating_max_value: 10 }

describe('Webinar polls and survey over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const webinar = (tk = token, userId = 'me') =>
    createWebinar(t, tk, { topic: 'Product day', start_time: '2026-11-30T16:00:00Z', duration: 60 }, userId)
  const polls = (id: number, tail = '', method = 'GET', body?: unknown) =>
    t.call(method, `/v2/webinars/${id}/polls${tail}`, { token, body })
  const survey = (id: number, method = 'GET', body?: unknown) =>
    t.call(method, `/v2/webinars/${id}/survey`, { token, body })
  const accountInMeeting = async (in_meeting: Json) =>
    assert.equal((await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting } })).status, 204)
  const userInMeeting = async (userId: string, in_meeting: Json) =>
    assert.equal((await t.call('PATCH', `/v2/users/${userId}/settings`, { token, body: { in_meeting } })).status, 204)

  describe('webinarPollCreate / webinarPollGet / webinarPollUpdate / webinarPolls / webinarPollDelete', () => {
    it('a poll is created, read, replaced field by field, listed by anonymity and deleted', async () => {
      const id = await webinar()
      const made = await polls(id, '', 'POST', { title: 'Tracks', questions: [CHOICE] })
      assert.equal(made.status, 201, made.text)
      const pollId = str(made.body.id)
      assert.deepEqual(made.body, {
        id: pollId,
        status: 'notstart',
        anonymous: false,
        poll_type: 1,
        questions: [{ ...CHOICE, answer_required: true, show_as_dropdown: false }],
        title: 'Tracks',
      })
      assert.deepEqual((await polls(id, `/${pollId}`)).body, made.body)

      const quiz = await polls(id, '', 'POST', {
        title: 'Warm-up quiz',
        poll_type: 3,
        anonymous: true,
        questions: [{ ...CHOICE, right_answers: ['Edge'] }],
      })
      assert.equal(quiz.status, 201, quiz.text)

      const put = await polls(id, `/${pollId}`, 'PUT', { poll_type: 2, questions: [SCALE] })
      assert.equal(put.status, 204, put.text)
      const changed = (await polls(id, `/${pollId}`)).body
      assert.equal(changed.title, 'Tracks')
      assert.equal(changed.poll_type, 2)
      assert.deepEqual(
        items(changed.questions).map((q) => q.type),
        ['rating_scale'],
      )

      const all = await polls(id)
      assert.equal(all.status, 200)
      assert.equal(all.body.total_records, 2)
      assert.deepEqual(
        items(all.body.polls).map((p) => p.title),
        ['Tracks', 'Warm-up quiz'],
      )
      assert.deepEqual(
        items((await polls(id, '?anonymous=true')).body.polls).map((p) => p.id),
        [quiz.body.id],
      )

      const del = await polls(id, `/${pollId}`, 'DELETE')
      assert.equal(del.status, 204)
      assert.equal(del.text, '')
      const gone = await polls(id, `/${pollId}`)
      refused(gone, 404, 404)
      assert.equal(gone.body.message, 'Webinar poll not found.')
      refused(await polls(id, `/${pollId}`, 'PUT', { title: 'again' }), 404, 404)
      refused(await polls(id, `/${pollId}`, 'DELETE'), 404, 404)
      assert.equal((await polls(id)).body.total_records, 1)
    })

    it('questions are checked as for meetings: a quiz needs right answers, a basic poll only choice questions', async () => {
      const id = await webinar()
      refused(
        await polls(id, '', 'POST', { title: 'Q', poll_type: 3, questions: [CHOICE] }),
        400,
        300,
        'questions.0.right_answers',
      )
      refused(await polls(id, '', 'POST', { title: 'Q', questions: [SCALE] }), 400, 300, 'questions.0.type')
      refused(await polls(id, '', 'POST', { questions: [CHOICE] }), 400, 300, 'title')
      assert.equal((await polls(id)).body.total_records, 0)
    })

    it('"Webinar Polls/Quizzes" off for the account or the host: 4400 with the webinar text; meeting polls do not care', async () => {
      const id = await webinar()
      const pollId = str((await polls(id, '', 'POST', { title: 'Kept', questions: [CHOICE] })).body.id)
      const meetingId = await createMeeting(t, token, { topic: 'Side meeting', type: 2 })
      await accountInMeeting({ webinar_polling: { enable: false } })
      try {
        for (const res of [
          await polls(id),
          await polls(id, '', 'POST', { title: 'New', questions: [CHOICE] }),
          await polls(id, `/${pollId}`),
          await polls(id, `/${pollId}`, 'PUT', { title: 'Renamed' }),
          await polls(id, `/${pollId}`, 'DELETE'),
        ]) {
          refused(res, 400, 4400)
          assert.match(str(res.body.message), /^Webinar polls disabled\..*"Webinar Polls\/Quizzes"/)
        }
        const meetingPolls = await t.call('GET', `/v2/meetings/${meetingId}/polls`, { token })
        assert.equal(meetingPolls.status, 200, meetingPolls.text)
      } finally {
        await accountInMeeting({ webinar_polling: { enable: true } })
      }
      assert.equal((await polls(id, `/${pollId}`)).body.title, 'Kept')

      // The meeting setting is not the webinar one.
      await accountInMeeting({ meeting_polling: { enable: false } })
      try {
        assert.equal((await polls(id)).status, 200)
        refused(await t.call('GET', `/v2/meetings/${meetingId}/polls`, { token }), 400, 4400)
      } finally {
        await accountInMeeting({ meeting_polling: { enable: true } })
      }

      const host = await addUser(t, token, 'poll-host@example.com', { webinar: 100 })
      const hosted = await webinar(token, host)
      assert.equal((await polls(hosted)).status, 200)
      await userInMeeting(host, { webinar_polling: { enable: false } })
      refused(await polls(hosted), 400, 4400)
      assert.equal((await polls(id)).status, 200, 'another host keeps polling')
    })

    it('advanced polls off: 4400 for poll_type 2 and 3, and for changing a stored advanced poll; basic polls go on', async () => {
      const id = await webinar()
      const advanced = str((await polls(id, '', 'POST', { title: 'Scale', poll_type: 2, questions: [SCALE] })).body.id)
      await accountInMeeting({ webinar_polling: { advanced_polls: false } })
      try {
        for (const res of [
          await polls(id, '', 'POST', { title: 'Scale', poll_type: 2, questions: [SCALE] }),
          await polls(id, '', 'POST', {
            title: 'Quiz',
            poll_type: 3,
            questions: [{ ...CHOICE, right_answers: ['Cloud'] }],
          }),
          await polls(id, `/${advanced}`, 'PUT', { title: 'Scale again' }),
        ]) {
          refused(res, 400, 4400)
          assert.match(str(res.body.message), /^Advanced webinar polls disabled\./)
        }
        assert.equal((await polls(id, '', 'POST', { title: 'Basic', questions: [CHOICE] })).status, 201)
        assert.equal((await polls(id, `/${advanced}`)).status, 200)
        // Turning the stored poll into a basic one is allowed.
        assert.equal((await polls(id, `/${advanced}`, 'PUT', { poll_type: 1, questions: [CHOICE] })).status, 204)
      } finally {
        await accountInMeeting({ webinar_polling: { advanced_polls: true } })
      }
    })

    it("a meeting's id is not a webinar's (404/3001), nor a webinar's a meeting's", async () => {
      const meetingId = await createMeeting(t, token, { topic: 'Just a meeting', type: 2 })
      const missing = await polls(meetingId)
      refused(missing, 404, 3001)
      assert.equal(missing.body.message, `Webinar does not exist: ${meetingId}.`)
      refused(await polls(meetingId, '', 'POST', { title: 'x', questions: [CHOICE] }), 404, 3001)
      refused(await polls(meetingId, '/abc'), 404, 3001)
      refused(await polls(meetingId, '/abc', 'PUT', { title: 'x' }), 404, 3001)
      refused(await polls(meetingId, '/abc', 'DELETE'), 404, 3001)
      const id = await webinar()
      refused(await t.call('GET', `/v2/meetings/${id}/polls`, { token }), 404, 3001)
    })
  })

  describe('webinarSurveyGet / webinarSurveyUpdate / webinarSurveyDelete', () => {
    const questions = [
      { name: 'How was the webinar?', type: 'rating_scale', rating_min_value: 1, rating_max_value: 5 },
      { name: 'Anything to add?', type: 'long_answer', answer_max_character: 500 },
    ]

    it('no survey: shown in the browser, not in the follow-up email; then custom, link, follow-up email, delete', async () => {
      const id = await webinar()
      const empty = await survey(id)
      assert.equal(empty.status, 200)
      assert.deepEqual(empty.body, { show_in_the_browser: true, show_in_the_follow_up_email: false })

      const set = await survey(id, 'PATCH', {
        custom_survey: { title: 'After the show', anonymous: true, questions },
        show_in_the_follow_up_email: true,
      })
      assert.equal(set.status, 204, set.text)
      const got = (await survey(id)).body
      assert.equal(got.show_in_the_follow_up_email, true)
      assert.equal(got.show_in_the_browser, true)
      const custom = obj(got.custom_survey)
      assert.equal(custom.title, 'After the show')
      assert.equal(custom.anonymous, true)
      assert.deepEqual(
        items(custom.questions).map((q) => [q.type, q.answer_required]),
        [
          ['rating_scale', false],
          ['long_answer', false],
        ],
      )

      // A field left out keeps its value.
      assert.equal((await survey(id, 'PATCH', { show_in_the_browser: false })).status, 204)
      const kept = (await survey(id)).body
      assert.equal(kept.show_in_the_follow_up_email, true)
      assert.equal(kept.show_in_the_browser, false)

      assert.equal((await survey(id, 'PATCH', { third_party_survey: 'https://survey.example.org/w1' })).status, 204)
      assert.deepEqual((await survey(id)).body, {
        show_in_the_browser: false,
        show_in_the_follow_up_email: true,
        third_party_survey: 'https://survey.example.org/w1',
      })

      const del = await survey(id, 'DELETE')
      assert.equal(del.status, 204)
      assert.deepEqual((await survey(id)).body, { show_in_the_browser: true, show_in_the_follow_up_email: false })
    })

    it('refuses a bad link, a link beside a custom survey, and bad questions', async () => {
      const id = await webinar()
      const bad = await survey(id, 'PATCH', { third_party_survey: 'survey please' })
      refused(bad, 400, 300)
      assert.equal(bad.body.message, 'Invalid third party survey: survey please.')
      refused(
        await survey(id, 'PATCH', { third_party_survey: 'https://s.example.org/x', custom_survey: { questions } }),
        400,
        300,
        'third_party_survey',
      )
      refused(
        await survey(id, 'PATCH', {
          custom_survey: { questions: [{ name: 'Pick', type: 'single', answers: ['one'] }] },
        }),
        400,
        300,
        'custom_survey.questions.0.answers',
      )
      refused(
        await survey(id, 'PATCH', { show_in_the_follow_up_email: 'yes' }),
        400,
        300,
        'show_in_the_follow_up_email',
      )
      assert.deepEqual((await survey(id)).body, { show_in_the_browser: true, show_in_the_follow_up_email: false })
    })

    it('"Webinar Survey" off for the account or the host: 3000 with the webinar text; the meeting survey setting does not count', async () => {
      const id = await webinar()
      const meetingId = await createMeeting(t, token, { topic: 'Side meeting', type: 2 })
      await accountInMeeting({ webinar_survey: false })
      try {
        for (const res of [
          await survey(id),
          await survey(id, 'PATCH', { show_in_the_browser: false }),
          await survey(id, 'DELETE'),
        ]) {
          refused(res, 400, 3000)
          assert.match(str(res.body.message), /^Webinar survey disabled\..*"Webinar Survey"/)
        }
        assert.equal((await t.call('GET', `/v2/meetings/${meetingId}/survey`, { token })).status, 200)
      } finally {
        await accountInMeeting({ webinar_survey: true })
      }
      await accountInMeeting({ meeting_survey: false })
      try {
        assert.equal((await survey(id)).status, 200)
        refused(await t.call('GET', `/v2/meetings/${meetingId}/survey`, { token }), 400, 3000)
      } finally {
        await accountInMeeting({ meeting_survey: true })
      }
      const host = await addUser(t, token, 'survey-host@example.com', { webinar: 100 })
      const hosted = await webinar(token, host)
      await userInMeeting(host, { webinar_survey: false })
      refused(await survey(hosted), 400, 3000)
      assert.equal((await survey(id)).status, 200)
    })

    it("a meeting's id is refused (404/3001); the meeting survey never shows the follow-up email switch", async () => {
      const meetingId = await createMeeting(t, token, { topic: 'Just a meeting', type: 2 })
      for (const method of ['GET', 'PATCH', 'DELETE']) {
        const res = await survey(meetingId, method, method === 'PATCH' ? { show_in_the_browser: true } : undefined)
        refused(res, 404, 3001)
      }
      // Sent to a meeting, the webinar-only field is not kept (nor shown).
      const sent = await t.call('PATCH', `/v2/meetings/${meetingId}/survey`, {
        token,
        body: { show_in_the_browser: false, show_in_the_follow_up_email: true },
      })
      assert.equal(sent.status, 204, sent.text)
      const meetingSurvey = await t.call('GET', `/v2/meetings/${meetingId}/survey`, { token })
      assert.deepEqual(meetingSurvey.body, { show_in_the_browser: false })
    })

    it('the host without a webinar licence: 400/200 on every poll and survey operation', async () => {
      const host = await addUser(t, token, 'lapsed-host@example.com', { webinar: 100 })
      const id = await webinar(token, host)
      const pollId = str((await polls(id, '', 'POST', { title: 'P', questions: [CHOICE] })).body.id)
      const off = await t.call('PATCH', `/v2/users/${host}/settings`, { token, body: { feature: { webinar: false } } })
      assert.equal(off.status, 204, off.text)
      for (const res of [
        await polls(id),
        await polls(id, `/${pollId}`),
        await polls(id, '', 'POST', { title: 'P', questions: [CHOICE] }),
        await polls(id, `/${pollId}`, 'PUT', { title: 'P2' }),
        await polls(id, `/${pollId}`, 'DELETE'),
        await survey(id),
        await survey(id, 'PATCH', { show_in_the_browser: false }),
        await survey(id, 'DELETE'),
      ]) {
        refused(res, 400, 200)
        assert.match(str(must(res.body).message), /^Webinar plan is missing/)
      }
    })
  })
})
