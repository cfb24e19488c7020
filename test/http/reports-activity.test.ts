import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const twice = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))

const TRACK = { name: 'Which track?', type: 'single', answers: ['Cloud', 'Edge'] }
const TOOLS = {
  name: 'What do you use?',
  type: 'multiple',
  answers: ['SDK', 'REST', 'Webhooks'],
  answer_required: false,
}

// The Q&A and poll reports read the questions, answers and votes played into an instance.
describe('Q&A and poll reports of a held meeting or webinar', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string, tk = token) => t.call('GET', `/v2${path}`, { token: tk })
  const play = async (body: Json) => {
    const res = await t.call('POST', '/sim/scenarios', { token, body })
    assert.equal(res.status, 200, res.text)
    return res.body
  }
  const pollId = async (path: string, title: string) =>
    str(find(items((await get(path)).body.polls), (p) => p.title === title, title).id)

  describe('webinars', () => {
    let id: number
    let uuid: string
    let start: number

    before(async () => {
      id = await createWebinar(t, token, {
        topic: 'Town hall',
        type: 5,
        start_time: iso(t.clock.now() + DAY),
        settings: { approval_type: 0 },
      })
      const played = await play({
        webinar: { id },
        duration_minutes: 45,
        polls: [
          { title: 'Stack', questions: [TRACK, TOOLS] },
          { title: 'Secret', anonymous: true, questions: [TRACK] },
        ],
        participants: [
          { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
          { role: 'panelist', name: 'Pax', email: 'pax@speakers.example', join_offset_minutes: 1 },
          {
            join_offset_minutes: 4,
            name: 'Quill',
            email: 'quill@guests.example',
            qa: [
              {
                offset_minutes: 10,
                question: 'When is the beta?',
                answers: [
                  { by: 'Rae', offset_minutes: 11, answer: 'Me too' },
                  { by: 'Pax', offset_minutes: 12, answer: 'In March.' },
                  { by: 'Host', offset_minutes: 20, live: true },
                ],
              },
              { offset_minutes: 30, question: 'Is this recorded?', anonymous: true },
            ],
            votes: [
              {
                poll: 'Stack',
                offset_minutes: 15,
                answers: [
                  { question: 'Which track?', answer: 'Cloud' },
                  { question: 'What do you use?', answer: ['REST', 'SDK'] },
                ],
              },
            ],
          },
          {
            name: 'Rae',
            email: 'rae@guests.example',
            register: true,
            join_offset_minutes: 6,
            qa: [
              {
                offset_minutes: 14,
                question: 'Slides afterwards?',
                answers: [{ by: 'Host', offset_minutes: 16, answer: 'By email.', private: true }],
              },
            ],
            votes: [
              { poll: 'Stack', offset_minutes: 17, answers: [{ question: 'Which track?', answer: 'Edge' }] },
              { poll: 'Secret', offset_minutes: 18, answers: [{ question: 'Which track?', answer: 'Cloud' }] },
            ],
          },
        ],
      })
      uuid = str(played.uuid)
      start = Date.parse(str(played.start_time))
    })

    it('Q&A: questions grouped by asker, answers and comments in order, anonymous askers hidden', async () => {
      const res = await get(`/report/webinars/${id}/qa`)
      assert.equal(res.status, 200, res.text)
      assert.equal(res.body.id, id)
      assert.equal(res.body.uuid, uuid)
      assert.equal(res.body.start_time, iso(start))
      // The same asker, named as the participant reports name them.
      const people = items((await get(`/report/webinars/${twice(uuid)}/participants`)).body.participants)
      const quill = find(people, (p) => p.name === 'Quill', 'Quill')
      const rae = find(people, (p) => p.name === 'Rae', 'Rae')
      const host = find(people, (p) => p.name === 'Host', 'Host')
      // Emails follow the participant report's display rule (a panelist who is no user of the account shows none).
      const pax = find(people, (p) => p.name === 'Pax', 'Pax')
      const [first, second, third, ...rest] = items(res.body.questions)
      assert.equal(rest.length, 0)
      // A guest who did not register shows no email; a registrant does.
      assert.deepEqual([first?.user_id, first?.name, first?.email], [quill.user_id, 'Quill', ''])
      assert.deepEqual([second?.user_id, second?.name, second?.email], [rae.user_id, 'Rae', 'rae@guests.example'])
      assert.deepEqual([third?.user_id, third?.name, third?.email], ['', 'Anonymous Attendee', ''])

      const [roadmap] = items(first?.question_details)
      assert.equal(roadmap?.question, 'When is the beta?')
      assert.equal(roadmap?.answer, 'In March.')
      assert.equal(roadmap?.question_status, 'answered')
      assert.equal(roadmap?.create_time, iso(start + 10 * MIN))
      assert.equal(str(roadmap?.question_id).length > 0, true)
      assert.deepEqual(
        items(roadmap?.answer_details).map((a) => [a.user_id, a.name, a.email, a.type, a.content, a.create_time]),
        [
          [rae.user_id, 'Rae', 'rae@guests.example', 'participant_commented', 'Me too', iso(start + 11 * MIN)],
          [pax.user_id, 'Pax', pax.user_email, 'host_answered_publicly', 'In March.', iso(start + 12 * MIN)],
          [host.user_id, 'Host', t.seed.ownerEmail, 'host_answered', 'live answered', iso(start + 20 * MIN)],
        ],
      )
      const [slides] = items(second?.question_details)
      assert.deepEqual(
        [slides?.question, slides?.answer, slides?.question_status],
        ['Slides afterwards?', 'By email.', 'answered'],
      )
      assert.equal(items(slides?.answer_details)[0]?.type, 'host_answered_privately')
      const [who] = items(third?.question_details)
      assert.deepEqual(
        [who?.question, who?.answer, who?.question_status, items(who?.answer_details).length],
        ['Is this recorded?', '', 'open', 0],
      )
      // By instance UUID, the same report.
      const byUuid = await get(`/report/webinars/${twice(uuid)}/qa`)
      assert.deepEqual(byUuid.body, res.body)
    })

    it('polls: one entry per voter and poll kind, one detail per question answered', async () => {
      const res = await get(`/report/webinars/${twice(uuid)}/polls`)
      assert.equal(res.status, 200, res.text)
      assert.deepEqual([res.body.id, res.body.uuid, res.body.start_time], [id, uuid, iso(start)])
      const stack = await pollId(`/webinars/${id}/polls`, 'Stack')
      const secret = await pollId(`/webinars/${id}/polls`, 'Secret')
      assert.deepEqual(items(res.body.questions), [
        {
          name: 'Quill',
          email: '',
          question_details: [
            { question: 'Which track?', answer: 'Cloud', date_time: iso(start + 15 * MIN), polling_id: stack },
            { question: 'What do you use?', answer: 'REST;SDK', date_time: iso(start + 15 * MIN), polling_id: stack },
          ],
        },
        {
          name: 'Rae',
          email: 'rae@guests.example',
          question_details: [
            { question: 'Which track?', answer: 'Edge', date_time: iso(start + 17 * MIN), polling_id: stack },
          ],
        },
        {
          name: 'Anonymous Attendee',
          first_name: 'Anonymous Attendee',
          last_name: 'Anonymous Attendee',
          email: '',
          question_details: [
            { question: 'Which track?', answer: 'Cloud', date_time: iso(start + 18 * MIN), polling_id: secret },
          ],
        },
      ])
    })

    it('refusals: a meeting path does not read a webinar; no webinar licence is 400/200', async () => {
      refused(await get(`/report/meetings/${id}/qa`), 404, 3001)
      refused(await get(`/report/meetings/${twice(uuid)}/polls`), 404, 3001)
      const off = await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { webinar: false } } })
      assert.equal(off.status, 204, off.text)
      for (const path of [`/report/webinars/${id}/qa`, `/report/webinars/${id}/polls`]) {
        const res = await get(path)
        refused(res, 400, 200)
        assert.match(str(res.body.message), /^Webinar plan is missing/)
      }
      await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { webinar: true } } })
    })
  })

  describe('meetings', () => {
    let id: number
    let uuid: string
    let start: number

    before(async () => {
      const played = await play({
        meeting: { create: { userId: 'me', topic: 'Retro', type: 2 } },
        duration_minutes: 30,
        polls: [{ title: 'Lunch', questions: [TRACK] }],
        participants: [
          { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
          {
            name: 'Sam',
            join_offset_minutes: 2,
            qa: [
              {
                offset_minutes: 5,
                question: 'Next retro?',
                answers: [{ by: 'Host', offset_minutes: 6, answer: 'In two weeks.' }],
              },
            ],
            votes: [{ poll: 'Lunch', offset_minutes: 8, answers: [{ question: 'Which track?', answer: 'Edge' }] }],
          },
        ],
      })
      id = num(played.id)
      uuid = str(played.uuid)
      start = Date.parse(str(played.start_time))
    })

    it('the meeting reports read the same rows, by number (latest instance) and by UUID', async () => {
      const qa = await get(`/report/meetings/${id}/qa`)
      assert.equal(qa.status, 200, qa.text)
      assert.deepEqual([qa.body.id, qa.body.uuid], [id, uuid])
      const [sam] = items(qa.body.questions)
      assert.equal(sam?.name, 'Sam')
      assert.deepEqual(
        items(sam?.question_details).map((q) => [q.question, q.answer, q.question_status, q.create_time]),
        [['Next retro?', 'In two weeks.', 'answered', iso(start + 5 * MIN)]],
      )
      const polls = await get(`/report/meetings/${twice(uuid)}/polls`)
      assert.equal(polls.status, 200, polls.text)
      const lunch = await pollId(`/meetings/${id}/polls`, 'Lunch')
      assert.deepEqual(items(polls.body.questions), [
        {
          name: 'Sam',
          email: '',
          question_details: [
            { question: 'Which track?', answer: 'Edge', date_time: iso(start + 8 * MIN), polling_id: lunch },
          ],
        },
      ])
      // A webinar path does not read a meeting.
      refused(await get(`/report/webinars/${id}/qa`), 404, 3001)
      refused(await get(`/report/webinars/${twice(uuid)}/polls`), 404, 3001)
    })

    it('an instance with no questions or votes gives empty lists', async () => {
      const quiet = await play({
        meeting: { create: { userId: 'me', topic: 'Quiet', type: 2 } },
        duration_minutes: 10,
        participants: [{ name: 'Host', user_id: ownerId, join_offset_minutes: 0 }],
      })
      for (const kind of ['qa', 'polls']) {
        const res = await get(`/report/meetings/${num(quiet.id)}/${kind}`)
        assert.equal(res.status, 200, res.text)
        assert.deepEqual(res.body.questions, [])
      }
    })
  })

  it('refusals: 404/3001 without an ended instance, 400/200 on a free account', async () => {
    for (const kind of ['qa', 'polls']) {
      refused(await get(`/report/meetings/99999999999/${kind}`), 404, 3001)
      refused(await get(`/report/webinars/99999999999/${kind}`), 404, 3001)
      refused(await get(`/report/meetings/${twice('nOtAnInStAnCe000000000==')}/${kind}`), 404, 3001)
    }
    const free = await makeAccount(t, {
      plan: 'free',
      scopes: ['meeting:write:admin', 'simulator:write:admin', 'report:read:admin'],
    })
    const ft = await free.token()
    const m = (await t.call('POST', '/v2/users/me/meetings', { token: ft, body: { topic: 'Free', type: 3 } })).body
    await t.call('POST', `/sim/meetings/${num(m.id)}/start`, { token: ft })
    await t.call('POST', `/sim/meetings/${num(m.id)}/end`, { token: ft })
    for (const path of [`/report/meetings/${num(m.id)}/qa`, `/report/meetings/${num(m.id)}/polls`]) {
      const res = await get(path, ft)
      refused(res, 400, 200)
      assert.equal(res.body.message, `Only available for paid account: ${free.account.id}.`)
    }
  })

  // Last: moves the server clock a year on.
  it('an instance over a year old: 400/12702', async () => {
    const held = await play({
      meeting: { create: { userId: 'me', topic: 'Long ago', type: 2 } },
      duration_minutes: 10,
      participants: [{ name: 'Host', user_id: ownerId, join_offset_minutes: 0 }],
    })
    t.clock.advance(366 * DAY)
    token = await t.token()
    refused(await get(`/report/meetings/${num(held.id)}/qa`), 400, 12702)
    refused(await get(`/report/meetings/${twice(str(held.uuid))}/polls`), 400, 12702)
  })
})
