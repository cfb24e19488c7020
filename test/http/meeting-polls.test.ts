import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { PollService } from '../../src/domain/meetings/polls.js'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, startWithToken } from '../helpers/fixtures.js'
import { array, items, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const SCOPES = [
  'meeting:read:admin',
  'meeting:write:admin',
  'user:read:admin',
  'user:write:admin',
  'account:read:admin',
  'account:write:admin',
]

const choice = (name = 'Favourite colour?') => ({ name, type: 'single', answers: ['Red', 'Blue'] })

describe('Meeting polls over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const meeting = (
    body: unknown = { topic: 'Polls', type: 2, start_time: '2026-12-01T10:00:00Z' },
    tk = token,
    userId = 'me',
  ) => createMeeting(t, tk, body, userId)
  const createPoll = (id: number, body: unknown, tk = token) =>
    t.call('POST', `/v2/meetings/${id}/polls`, { token: tk, body })

  describe('a poll round-trips: create → get → update → list → delete', () => {
    it('keeps what was sent, fills Zoom defaults, and every write shows on the next read', async () => {
      const id = await meeting()
      const created = await createPoll(id, {
        title: 'Quick check',
        questions: [choice(), { name: 'Pets?', type: 'multiple', answers: ['Cat', 'Dog', 'Fish'] }],
      })
      assert.equal(created.status, 201)
      const poll = created.body
      assert.match(str(poll.id), /^[A-Za-z0-9_-]{22}$/)
      assert.equal(poll.status, 'notstart')
      assert.equal(poll.anonymous, false)
      assert.equal(poll.poll_type, 1)
      assert.equal(poll.title, 'Quick check')
      assert.deepEqual(poll.questions, [
        {
          name: 'Favourite colour?',
          type: 'single',
          answer_required: true,
          answers: ['Red', 'Blue'],
          show_as_dropdown: false,
        },
        { name: 'Pets?', type: 'multiple', answer_required: true, answers: ['Cat', 'Dog', 'Fish'] },
      ])

      const got = await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, poll)

      const upd = await t.call('PUT', `/v2/meetings/${id}/polls/${poll.id}`, {
        token,
        body: {
          title: 'Renamed',
          anonymous: true,
          questions: [
            {
              name: 'Tea or coffee?',
              type: 'single',
              answers: ['Tea', 'Coffee'],
              show_as_dropdown: true,
              answer_required: false,
            },
          ],
        },
      })
      assert.equal(upd.status, 204)
      assert.equal(upd.text, '')
      const after = (await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token })).body
      assert.equal(after.title, 'Renamed')
      assert.equal(after.anonymous, true)
      assert.deepEqual(after.questions, [
        {
          name: 'Tea or coffee?',
          type: 'single',
          answer_required: false,
          answers: ['Tea', 'Coffee'],
          show_as_dropdown: true,
        },
      ])

      // Only the fields sent change.
      assert.equal(
        (await t.call('PUT', `/v2/meetings/${id}/polls/${poll.id}`, { token, body: { title: 'Only the title' } }))
          .status,
        204,
      )
      const titled = (await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token })).body
      assert.equal(titled.title, 'Only the title')
      assert.deepEqual(titled.questions, after.questions)

      const second = (await createPoll(id, { title: 'Second', questions: [choice()] })).body
      const list = await t.call('GET', `/v2/meetings/${id}/polls`, { token })
      assert.equal(list.status, 200)
      assert.equal(list.body.total_records, 2)
      assert.deepEqual(
        items(list.body.polls).map((p) => p.id),
        [poll.id, second.id],
      )
      assert.deepEqual(array(list.body.polls)[0], titled)

      const del = await t.call('DELETE', `/v2/meetings/${id}/polls/${poll.id}`, { token })
      assert.equal(del.status, 204)
      refused(await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token }), 404, 404)
      assert.equal(
        (await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token })).body.message,
        'Meeting Poll not found.',
      )
      refused(await t.call('DELETE', `/v2/meetings/${id}/polls/${poll.id}`, { token }), 404, 404)
      refused(await t.call('PUT', `/v2/meetings/${id}/polls/${poll.id}`, { token, body: { title: 'x' } }), 404, 404)
      const left = (await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body
      assert.equal(left.total_records, 1)
      assert.equal(items(left.polls)[0].id, second.id)
    })

    it('`anonymous` lists only the polls with, or only those without, anonymous answers', async () => {
      const id = await meeting()
      const open = (await createPoll(id, { title: 'Open', questions: [choice()] })).body
      const hidden = (await createPoll(id, { title: 'Hidden', anonymous: true, questions: [choice()] })).body
      const ids = async (q: string) =>
        items((await t.call('GET', `/v2/meetings/${id}/polls${q}`, { token })).body.polls).map((p) => p.id)
      assert.deepEqual(await ids(''), [open.id, hidden.id])
      assert.deepEqual(await ids('?anonymous=true'), [hidden.id])
      assert.deepEqual(await ids('?anonymous=false'), [open.id])
    })

    it('a poll of another meeting, or of another account, is not found', async () => {
      const a = await meeting()
      const b = await meeting()
      const poll = (await createPoll(a, { title: 'A', questions: [choice()] })).body
      refused(await t.call('GET', `/v2/meetings/${b}/polls/${poll.id}`, { token }), 404, 404)
      refused(await t.call('GET', '/v2/meetings/11111111111/polls', { token }), 404, 3001)
      const other = await makeAccount(t, { scopes: SCOPES })
      const otherToken = await other.token()
      refused(await t.call('GET', `/v2/meetings/${a}/polls/${poll.id}`, { token: otherToken }), 404, 3001)
      refused(await createPoll(a, { title: 'B', questions: [choice()] }, otherToken), 404, 3001)
    })

    it('the simulator moves a poll through its statuses and reads show them', async () => {
      const id = await meeting()
      const poll = (await createPoll(id, { title: 'Live', questions: [choice()] })).body
      const meetings = t.server.svc.use(MeetingService)
      const m = await meetings.get(t.seed.accountId, id)
      await t.server.svc.use(PollService).setStatus(m, str(poll.id), 'started')
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls/${poll.id}`, { token })).body.status, 'started')
      await t.server.svc.use(PollService).setStatus(m, str(poll.id), 'sharing')
      assert.equal(items((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body.polls)[0].status, 'sharing')
    })

    it('the master form reaches a sub account’s meeting polls', async () => {
      const sub = await makeAccount(t, { sub: true, scopes: SCOPES })
      const created = await t.call('POST', `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/meetings`, {
        token,
        body: { topic: 'Sub', type: 2 },
      })
      assert.equal(created.status, 201)
      const id = created.body.id
      const poll = await t.call('POST', `/v2/accounts/${sub.account.id}/meetings/${id}/polls`, {
        token,
        body: { title: 'Sub poll', questions: [choice()] },
      })
      assert.equal(poll.status, 201)
      const list = await t.call('GET', `/v2/accounts/${sub.account.id}/meetings/${id}/polls`, { token })
      assert.equal(list.body.total_records, 1)
      refused(await t.call('GET', `/v2/meetings/${id}/polls`, { token }), 404, 3001)
    })
  })

  describe('question types and their rules', () => {
    let id: number
    before(async () => {
      id = await meeting()
    })
    const advanced = (question: unknown, poll_type = 2) =>
      createPoll(id, { title: 'Advanced', poll_type, questions: [question] })

    it('every question type is accepted with its own fields, and shows only them', async () => {
      const questions = [
        { name: 'Pick one', type: 'single', answers: ['a', 'b'], show_as_dropdown: true, rating_max_value: 5 },
        { name: 'Pick some', type: 'multiple', answers: ['a', 'b', 'c'], case_sensitive: true },
        {
          name: 'Match',
          type: 'matching',
          answers: ['1', '2'],
          prompts: [{ prompt_question: 'one', prompt_right_answers: ['1'] }, { prompt_question: 'two' }],
        },
        {
          name: 'Rank',
          type: 'rank_order',
          answers: ['first', 'second'],
          prompts: [{ prompt_question: 'x' }, { prompt_question: 'y', prompt_right_answers: ['first'] }],
        },
        { name: 'Say it briefly', type: 'short_answer', answer_min_character: 5 },
        { name: 'Say it at length', type: 'long_answer', answer_max_character: 2000 },
        {
          name: 'The capital of France is ___',
          type: 'fill_in_the_blank',
          right_answers: ['Paris'],
          case_sensitive: true,
        },
        {
          name: 'Rate us',
          type: 'rating_scale',
          rating_min_value: 0,
          rating_max_value: 10,
          rating_min_label: 'Bad',
          rating_max_label: 'Great',
        },
      ]
      const res = await createPoll(id, { title: 'All types', poll_type: 2, questions })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.equal(res.body.poll_type, 2)
      assert.deepEqual(res.body.questions, [
        { name: 'Pick one', type: 'single', answer_required: false, answers: ['a', 'b'], show_as_dropdown: true },
        { name: 'Pick some', type: 'multiple', answer_required: false, answers: ['a', 'b', 'c'] },
        {
          name: 'Match',
          type: 'matching',
          answer_required: false,
          answers: ['1', '2'],
          prompts: [{ prompt_question: 'one', prompt_right_answers: ['1'] }, { prompt_question: 'two' }],
        },
        {
          name: 'Rank',
          type: 'rank_order',
          answer_required: false,
          answers: ['first', 'second'],
          prompts: [{ prompt_question: 'x' }, { prompt_question: 'y', prompt_right_answers: ['first'] }],
        },
        {
          name: 'Say it briefly',
          type: 'short_answer',
          answer_required: false,
          answer_min_character: 5,
          answer_max_character: 500,
        },
        {
          name: 'Say it at length',
          type: 'long_answer',
          answer_required: false,
          answer_min_character: 1,
          answer_max_character: 2000,
        },
        {
          name: 'The capital of France is ___',
          type: 'fill_in_the_blank',
          answer_required: false,
          right_answers: ['Paris'],
          case_sensitive: true,
        },
        {
          name: 'Rate us',
          type: 'rating_scale',
          answer_required: false,
          rating_min_value: 0,
          rating_max_value: 10,
          rating_min_label: 'Bad',
          rating_max_label: 'Great',
        },
      ])
    })

    it('a poll needs a title and questions, and each question a name and a type', async () => {
      refused(await createPoll(id, { questions: [choice()] }), 400, 300, 'title')
      refused(await createPoll(id, { title: 'No questions' }), 400, 300, 'questions')
      refused(await createPoll(id, { title: 'Empty', questions: [] }), 400, 300, 'questions')
      refused(
        await createPoll(id, { title: 'Unnamed', questions: [{ type: 'single', answers: ['a', 'b'] }] }),
        400,
        300,
        'questions.0.name',
      )
      refused(
        await createPoll(id, { title: 'Untyped', questions: [{ name: 'q', answers: ['a', 'b'] }] }),
        400,
        300,
        'questions.0.type',
      )
      refused(
        await createPoll(id, { title: 'Bad type', questions: [{ name: 'q', type: 'essay' }] }),
        400,
        300,
        'questions.0.type',
      )
      refused(await createPoll(id, { title: 'x'.repeat(65), questions: [choice()] }), 400, 300, 'title')
      refused(
        await createPoll(id, { title: 'Bad poll type', poll_type: 4, questions: [choice()] }),
        400,
        300,
        'poll_type',
      )
    })

    it('single and multiple choice: 2 to 10 distinct answers; right answers among them, one for single', async () => {
      refused(
        await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'single' }] }),
        400,
        300,
        'questions.0.answers',
      )
      refused(
        await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'single', answers: ['only'] }] }),
        400,
        300,
        'questions.0.answers',
      )
      const eleven = Array.from({ length: 11 }, (_, i) => `a${i}`)
      refused(
        await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'multiple', answers: eleven }] }),
        400,
        300,
        'questions.0.answers',
      )
      assert.equal(
        (await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'multiple', answers: eleven.slice(1) }] }))
          .status,
        201,
      )
      refused(
        await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'single', answers: ['a', 'a'] }] }),
        400,
        300,
        'questions.0.answers',
      )
      refused(
        await createPoll(id, {
          title: 'p',
          questions: [{ name: 'q', type: 'single', answers: ['a', 'b'], right_answers: ['a', 'b'] }],
        }),
        400,
        300,
        'questions.0.right_answers',
      )
      refused(
        await createPoll(id, {
          title: 'p',
          questions: [{ name: 'q', type: 'multiple', answers: ['a', 'b'], right_answers: ['c'] }],
        }),
        400,
        300,
        'questions.0.right_answers',
      )
      const ok = await createPoll(id, {
        title: 'p',
        questions: [{ name: 'q', type: 'multiple', answers: ['a', 'b', 'c'], right_answers: ['a', 'c'] }],
      })
      assert.deepEqual(items(ok.body.questions)[0].right_answers, ['a', 'c'])
    })

    it('a plain poll (poll_type 1) takes only single and multiple choice', async () => {
      refused(
        await createPoll(id, { title: 'p', questions: [{ name: 'q', type: 'short_answer' }] }),
        400,
        300,
        'questions.0.type',
      )
      assert.equal((await advanced({ name: 'q', type: 'short_answer' })).status, 201)
    })

    it('matching: 2 to 16 answers and 2 to 10 prompts, right answers among the answers', async () => {
      const prompts = [{ prompt_question: 'a' }, { prompt_question: 'b' }]
      refused(await advanced({ name: 'q', type: 'matching', answers: ['1', '2'] }), 400, 300, 'questions.0.prompts')
      refused(
        await advanced({ name: 'q', type: 'matching', answers: ['1', '2'], prompts: prompts.slice(1) }),
        400,
        300,
        'questions.0.prompts',
      )
      const eleven = Array.from({ length: 11 }, (_, i) => ({ prompt_question: `p${i}` }))
      refused(
        await advanced({ name: 'q', type: 'matching', answers: ['1', '2'], prompts: eleven }),
        400,
        300,
        'questions.0.prompts',
      )
      const seventeen = Array.from({ length: 17 }, (_, i) => `a${i}`)
      refused(
        await advanced({ name: 'q', type: 'matching', answers: seventeen, prompts }),
        400,
        300,
        'questions.0.answers',
      )
      assert.equal((await advanced({ name: 'q', type: 'matching', answers: seventeen.slice(1), prompts })).status, 201)
      refused(
        await advanced({
          name: 'q',
          type: 'matching',
          answers: ['1', '2'],
          prompts: [{ prompt_question: 'a', prompt_right_answers: ['3'] }, { prompt_question: 'b' }],
        }),
        400,
        300,
        'questions.0.prompts.0.prompt_right_answers',
      )
      refused(
        await advanced({ name: 'q', type: 'matching', answers: ['1', '2'], prompts: [{ prompt_question: 'a' }, {}] }),
        400,
        300,
        'questions.0.prompts.1.prompt_question',
      )
    })

    it('rank order: at most 7 answers, one right answer per prompt', async () => {
      const prompts = [{ prompt_question: 'a' }, { prompt_question: 'b' }]
      const eight = Array.from({ length: 8 }, (_, i) => `r${i}`)
      refused(
        await advanced({ name: 'q', type: 'rank_order', answers: eight, prompts }),
        400,
        300,
        'questions.0.answers',
      )
      assert.equal((await advanced({ name: 'q', type: 'rank_order', answers: eight.slice(1), prompts })).status, 201)
      refused(
        await advanced({
          name: 'q',
          type: 'rank_order',
          answers: ['1', '2'],
          prompts: [{ prompt_question: 'a', prompt_right_answers: ['1', '2'] }, { prompt_question: 'b' }],
        }),
        400,
        300,
        'questions.0.prompts.0.prompt_right_answers',
      )
    })

    it('short and long answers: at least 1 character, at most 500 and 2,000', async () => {
      refused(
        await advanced({ name: 'q', type: 'short_answer', answer_max_character: 501 }),
        400,
        300,
        'questions.0.answer_max_character',
      )
      assert.equal((await advanced({ name: 'q', type: 'long_answer', answer_max_character: 2000 })).status, 201)
      refused(
        await advanced({ name: 'q', type: 'long_answer', answer_max_character: 2001 }),
        400,
        300,
        'questions.0.answer_max_character',
      )
      refused(
        await advanced({ name: 'q', type: 'short_answer', answer_min_character: 0 }),
        400,
        300,
        'questions.0.answer_min_character',
      )
      refused(
        await advanced({ name: 'q', type: 'short_answer', answer_min_character: 20, answer_max_character: 10 }),
        400,
        300,
        'questions.0.answer_max_character',
      )
    })

    it('fill in the blank needs its right answers', async () => {
      refused(
        await advanced({ name: 'The sky is ___', type: 'fill_in_the_blank' }),
        400,
        300,
        'questions.0.right_answers',
      )
      refused(
        await advanced({ name: 'The sky is ___', type: 'fill_in_the_blank', right_answers: [' '] }),
        400,
        300,
        'questions.0.right_answers',
      )
      const ok = await advanced({ name: 'The sky is ___', type: 'fill_in_the_blank', right_answers: ['blue'] })
      assert.equal(items(ok.body.questions)[0].case_sensitive, false)
    })

    it('rating scale: both ends, from 0 up to 10, the low end below the high one', async () => {
      refused(
        await advanced({ name: 'q', type: 'rating_scale', rating_min_value: 1 }),
        400,
        300,
        'questions.0.rating_max_value',
      )
      refused(
        await advanced({ name: 'q', type: 'rating_scale', rating_max_value: 5 }),
        400,
        300,
        'questions.0.rating_min_value',
      )
      refused(
        await advanced({ name: 'q', type: 'rating_scale', rating_min_value: 1, rating_max_value: 11 }),
        400,
        300,
        'questions.0.rating_max_value',
      )
      refused(
        await advanced({ name: 'q', type: 'rating_scale', rating_min_value: -1, rating_max_value: 5 }),
        400,
        300,
        'questions.0.rating_min_value',
      )
      refused(
        await advanced({ name: 'q', type: 'rating_scale', rating_min_value: 5, rating_max_value: 5 }),
        400,
        300,
        'questions.0.rating_max_value',
      )
    })

    it('a quiz needs the right answers of every question that has them', async () => {
      refused(await advanced(choice(), 3), 400, 300, 'questions.0.right_answers')
      refused(
        await advanced({ name: 'q', type: 'multiple', answers: ['a', 'b'] }, 3),
        400,
        300,
        'questions.0.right_answers',
      )
      refused(
        await advanced(
          {
            name: 'q',
            type: 'matching',
            answers: ['1', '2'],
            prompts: [{ prompt_question: 'a', prompt_right_answers: ['1'] }, { prompt_question: 'b' }],
          },
          3,
        ),
        400,
        300,
        'questions.0.prompts.1.prompt_right_answers',
      )
      const quiz = await advanced({ ...choice(), right_answers: ['Blue'] }, 3)
      assert.equal(quiz.status, 201)
      assert.equal(quiz.body.poll_type, 3)
      assert.equal(items(quiz.body.questions)[0].answer_required, false)
      // Turning a poll into a quiz checks its questions again.
      const plain = (await createPoll(id, { title: 'plain', questions: [choice()] })).body
      refused(
        await t.call('PUT', `/v2/meetings/${id}/polls/${plain.id}`, { token, body: { poll_type: 3 } }),
        400,
        300,
        'questions.0.right_answers',
      )
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls/${plain.id}`, { token })).body.poll_type, 1)
    })
  })

  describe('limits and prerequisites', () => {
    it('at most 50 polls per meeting: the 51st is 400/4400', async () => {
      const id = await meeting()
      // A batch takes at most 25 polls, so 49 come in two.
      const batch = await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
        token,
        body: { polls: Array.from({ length: 25 }, (_, i) => ({ title: `P${i}`, questions: [choice()] })) },
      })
      assert.equal(batch.status, 201)
      assert.equal(array(batch.body.polls).length, 25)
      const rest = await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
        token,
        body: { polls: Array.from({ length: 24 }, (_, i) => ({ title: `P${25 + i}`, questions: [choice()] })) },
      })
      assert.equal(rest.status, 201)
      assert.equal(array(rest.body.polls).length, 24)
      assert.equal((await createPoll(id, { title: 'P49', questions: [choice()] })).status, 201)
      const over = await createPoll(id, { title: 'P50', questions: [choice()] })
      refused(over, 400, 4400)
      assert.equal(over.body.message, 'You can only add a maximum of 50 polls.')
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body.total_records, 50)
      const first = items(batch.body.polls)[0].id
      assert.equal((await t.call('DELETE', `/v2/meetings/${id}/polls/${first}`, { token })).status, 204)
      assert.equal((await createPoll(id, { title: 'Room again', questions: [choice()] })).status, 201)
    })

    it('a batch that would pass 50 creates nothing', async () => {
      const id = await meeting()
      for (const [from, n] of [
        [0, 25],
        [25, 24],
      ] as const) {
        const res = await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
          token,
          body: { polls: Array.from({ length: n }, (_, i) => ({ title: `P${from + i}`, questions: [choice()] })) },
        })
        assert.equal(res.status, 201)
      }
      refused(
        await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
          token,
          body: {
            polls: [
              { title: 'a', questions: [choice()] },
              { title: 'b', questions: [choice()] },
            ],
          },
        }),
        400,
        4400,
      )
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body.total_records, 49)
    })

    it('a Free account is refused with 400/200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: SCOPES })
      const freeToken = await free.token()
      const id = await meeting({ topic: 'Free', type: 2 }, freeToken)
      const res = await createPoll(id, { title: 'p', questions: [choice()] }, freeToken)
      refused(res, 400, 200)
      assert.equal(res.body.message, `Only available for paid account: ${free.account.id}.`)
      refused(await t.call('GET', `/v2/meetings/${id}/polls`, { token: freeToken }), 400, 200)
      refused(
        await t.call('PUT', `/v2/meetings/${id}/polls/AAAAAAAAAAAAAAAAAAAAAA`, {
          token: freeToken,
          body: { title: 'x' },
        }),
        400,
        200,
      )
    })

    it('an instant meeting has no polls (400/4400)', async () => {
      const id = await meeting({ topic: 'Now', type: 1 })
      const res = await createPoll(id, { title: 'p', questions: [choice()] })
      refused(res, 400, 4400)
      assert.match(str(res.body.message), /^Meeting polls disabled\./)
      refused(await t.call('GET', `/v2/meetings/${id}/polls`, { token }), 400, 4400)
    })

    it('a Basic host has polling off (400/4400)', async () => {
      const basic = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'basic-poller@example.com',
        type: 1,
      })
      const id = await meeting({ topic: 'Basic', type: 2 }, token, basic.id)
      refused(await createPoll(id, { title: 'p', questions: [choice()] }), 400, 4400)
    })

    it('the account’s polling and advanced polls settings decide (400/4400)', async () => {
      const acct = await makeAccount(t, { scopes: SCOPES })
      const tk = await acct.token()
      const id = await meeting({ topic: 'Settings', type: 2 }, tk)
      const settings = (in_meeting: unknown) =>
        t.call('PATCH', '/v2/accounts/me/settings', { token: tk, body: { in_meeting } })
      assert.equal((await settings({ meeting_polling: { advanced_polls: false } })).status, 204)
      const adv = await createPoll(id, { title: 'adv', poll_type: 2, questions: [choice()] }, tk)
      refused(adv, 400, 4400)
      assert.match(str(adv.body.message), /^Advanced meeting polls disabled\./)
      const plain = await createPoll(id, { title: 'plain', questions: [choice()] }, tk)
      assert.equal(plain.status, 201)
      refused(
        await t.call('PUT', `/v2/meetings/${id}/polls/${plain.body.id}`, { token: tk, body: { poll_type: 2 } }),
        400,
        4400,
      )
      refused(
        await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
          token: tk,
          body: {
            polls: [
              { title: 'a', questions: [choice()] },
              { title: 'b', poll_type: 3, questions: [{ ...choice(), right_answers: ['Red'] }] },
            ],
          },
        }),
        400,
        4400,
      )
      assert.equal((await settings({ meeting_polling: { enable: false } })).status, 204)
      refused(await t.call('GET', `/v2/meetings/${id}/polls/${plain.body.id}`, { token: tk }), 400, 4400)
      refused(await t.call('DELETE', `/v2/meetings/${id}/polls/${plain.body.id}`, { token: tk }), 400, 4400)
      assert.equal((await settings({ meeting_polling: { enable: true, advanced_polls: true } })).status, 204)
      assert.equal((await createPoll(id, { title: 'adv', poll_type: 2, questions: [choice()] }, tk)).status, 201)
    })
  })

  describe('createBatchPolls', () => {
    it('creates every poll in order and returns them with their ids', async () => {
      const id = await meeting()
      const res = await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
        token,
        body: {
          polls: [
            { title: 'One', questions: [choice()] },
            { title: 'Two', poll_type: 3, anonymous: true, questions: [{ ...choice(), right_answers: ['Red'] }] },
          ],
        },
      })
      assert.equal(res.status, 201)
      assert.deepEqual(
        items(res.body.polls).map((p) => [p.title, p.poll_type, p.anonymous, p.status]),
        [
          ['One', 1, false, 'notstart'],
          ['Two', 3, true, 'notstart'],
        ],
      )
      assert.notEqual(items(res.body.polls)[0].id, items(res.body.polls)[1].id)
      const list = (await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body
      assert.deepEqual(list.polls, res.body.polls)
    })

    it('one bad poll fails the batch with its path, and nothing is created', async () => {
      const id = await meeting()
      const res = await t.call('POST', `/v2/meetings/${id}/batch_polls`, {
        token,
        body: {
          polls: [
            { title: 'Good', questions: [choice()] },
            { title: 'Bad', questions: [{ name: 'q', type: 'single', answers: ['a'] }] },
          ],
        },
      })
      refused(res, 400, 300, 'polls.1.questions.0.answers')
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body.total_records, 0)
      refused(await t.call('POST', `/v2/meetings/${id}/batch_polls`, { token, body: { polls: [] } }), 400, 300, 'polls')
      refused(await t.call('POST', `/v2/meetings/${id}/batch_polls`, { token, body: {} }), 400, 300, 'polls')
      refused(
        await t.call('POST', '/v2/meetings/11111111111/batch_polls', {
          token,
          body: { polls: [{ title: 'a', questions: [choice()] }] },
        }),
        404,
        3001,
      )
    })
  })
})
