import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, startWithToken } from '../helpers/fixtures.js'
import { items, obj, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const SCOPES = [
  'meeting:read:admin',
  'meeting:write:admin',
  'user:read:admin',
  'account:read:admin',
  'account:write:admin',
]

describe('Meeting surveys over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const meeting = (body: unknown = { topic: 'Survey', type: 2 }, tk = token) => createMeeting(t, tk, body)
  const survey = (id: number, tk = token) => t.call('GET', `/v2/meetings/${id}/survey`, { token: tk })
  const patch = (id: number, body: unknown, tk = token) =>
    t.call('PATCH', `/v2/meetings/${id}/survey`, { token: tk, body })

  const questions = [
    {
      name: 'How was it?',
      type: 'rating_scale',
      rating_min_value: 1,
      rating_max_value: 5,
      rating_min_label: 'Poor',
      rating_max_label: 'Great',
      answer_required: true,
    },
    { name: 'Would you come again?', type: 'single', answers: ['Yes', 'No'], show_as_dropdown: true },
    {
      name: 'Match the speakers',
      type: 'matching',
      answers: ['Ann', 'Bo'],
      prompts: [{ prompt_question: 'Keynote' }, { prompt_question: 'Panel' }],
    },
    { name: 'Anything else?', type: 'long_answer', answer_max_character: 1000 },
  ]

  it('a survey round-trips: none → custom → changed → third-party link → deleted', async () => {
    const id = await meeting()
    const empty = await survey(id)
    assert.equal(empty.status, 200)
    assert.deepEqual(empty.body, { show_in_the_browser: true })

    const set = await patch(id, {
      custom_survey: { title: 'Feedback', anonymous: true, numbered_questions: true, feedback: 'Thanks!', questions },
    })
    assert.equal(set.status, 204)
    assert.equal(set.text, '')
    const got = (await survey(id)).body
    assert.deepEqual(got, {
      custom_survey: {
        title: 'Feedback',
        anonymous: true,
        numbered_questions: true,
        show_question_type: false,
        feedback: 'Thanks!',
        questions: [
          {
            name: 'How was it?',
            type: 'rating_scale',
            answer_required: true,
            rating_min_value: 1,
            rating_max_value: 5,
            rating_min_label: 'Poor',
            rating_max_label: 'Great',
          },
          {
            name: 'Would you come again?',
            type: 'single',
            answer_required: false,
            answers: ['Yes', 'No'],
            show_as_dropdown: true,
          },
          {
            name: 'Match the speakers',
            type: 'matching',
            answer_required: false,
            answers: ['Ann', 'Bo'],
            prompts: [{ prompt_question: 'Keynote' }, { prompt_question: 'Panel' }],
          },
          {
            name: 'Anything else?',
            type: 'long_answer',
            answer_required: false,
            answer_min_character: 1,
            answer_max_character: 1000,
          },
        ],
      },
      show_in_the_browser: true,
    })

    // Fields not sent stay; questions are replaced only when sent.
    assert.equal((await patch(id, { custom_survey: { title: 'Renamed' }, show_in_the_browser: false })).status, 204)
    const renamed = (await survey(id)).body
    const custom = obj(renamed.custom_survey)
    assert.equal(custom.title, 'Renamed')
    assert.equal(custom.feedback, 'Thanks!')
    assert.equal(items(custom.questions).length, 4)
    assert.equal(renamed.show_in_the_browser, false)

    assert.equal((await patch(id, { third_party_survey: 'https://forms.example.com/s/AbC123' })).status, 204)
    assert.deepEqual((await survey(id)).body, {
      show_in_the_browser: false,
      third_party_survey: 'https://forms.example.com/s/AbC123',
    })

    assert.equal((await t.call('DELETE', `/v2/meetings/${id}/survey`, { token })).status, 204)
    assert.deepEqual((await survey(id)).body, { show_in_the_browser: true })
  })

  it('a custom survey replaces the link and an empty link removes it', async () => {
    const id = await meeting()
    await patch(id, { third_party_survey: 'https://forms.example.com/x' })
    await patch(id, { custom_survey: { questions: questions.slice(1, 2) } })
    const got = (await survey(id)).body
    assert.equal(got.third_party_survey, undefined)
    assert.equal(items(obj(got.custom_survey).questions).length, 1)
    await patch(id, { third_party_survey: 'https://forms.example.com/y' })
    await patch(id, { third_party_survey: '' })
    assert.deepEqual((await survey(id)).body, { show_in_the_browser: true })
  })

  it('validates the link, the choice between custom and link, and every question', async () => {
    const id = await meeting()
    const bad = await patch(id, { third_party_survey: 'not a link' })
    refused(bad, 400, 300)
    assert.equal(bad.body.message, 'Invalid third party survey: not a link.')
    refused(await patch(id, { third_party_survey: 'ftp://example.com/survey' }), 400, 300)
    refused(
      await patch(id, { third_party_survey: 'https://example.com/x', custom_survey: { questions } }),
      400,
      300,
      'third_party_survey',
    )
    refused(await patch(id, { custom_survey: { title: 'No questions yet' } }), 400, 300, 'custom_survey.questions')
    refused(
      await patch(id, { custom_survey: { questions: [{ name: 'q', type: 'single', answers: ['only'] }] } }),
      400,
      300,
      'custom_survey.questions.0.answers',
    )
    refused(
      await patch(id, {
        custom_survey: {
          questions: [{ name: 'q', type: 'rank_order', answers: ['1', '2'], prompts: [{ prompt_question: 'a' }] }],
        },
      }),
      400,
      300,
      'custom_survey.questions.0.prompts',
    )
    refused(
      await patch(id, {
        custom_survey: { questions: [{ name: 'q', type: 'rating_scale', rating_min_value: 3, rating_max_value: 2 }] },
      }),
      400,
      300,
      'custom_survey.questions.0.rating_max_value',
    )
    refused(
      await patch(id, {
        custom_survey: { questions: [{ name: 'q', type: 'short_answer', answer_max_character: 600 }] },
      }),
      400,
      300,
      'custom_survey.questions.0.answer_max_character',
    )
    refused(
      await patch(id, { custom_survey: { questions: [{ type: 'single', answers: ['a', 'b'] }] } }),
      400,
      300,
      'custom_survey.questions.0.name',
    )
    refused(
      await patch(id, { custom_survey: { questions: [{ name: 'q', type: 'poll' }] } }),
      400,
      300,
      'custom_survey.questions.0.type',
    )
    // Nothing was stored by the refused requests.
    assert.deepEqual((await survey(id)).body, { show_in_the_browser: true })
    // Survey questions have no right answers: a fill-in-the-blank question is just its text.
    assert.equal(
      (
        await patch(id, {
          custom_survey: { questions: [{ name: 'My favourite talk was ___', type: 'fill_in_the_blank' }] },
        })
      ).status,
      204,
    )
    assert.deepEqual(obj((await survey(id)).body.custom_survey).questions, [
      { name: 'My favourite talk was ___', type: 'fill_in_the_blank', answer_required: false },
    ])
  })

  it('instant meetings, Free accounts, the survey setting and unknown meetings are refused', async () => {
    const instant = await meeting({ type: 1 })
    const res = await survey(instant)
    refused(res, 400, 3000)
    assert.match(str(res.body.message), /^Meeting survey disabled\./)
    refused(await patch(instant, { show_in_the_browser: false }), 400, 3000)

    const free = await makeAccount(t, { plan: 'free', scopes: SCOPES })
    const freeToken = await free.token()
    const freeMeeting = await meeting({ type: 2 }, freeToken)
    refused(await survey(freeMeeting, freeToken), 400, 200)
    refused(await t.call('DELETE', `/v2/meetings/${freeMeeting}/survey`, { token: freeToken }), 400, 200)

    const acct = await makeAccount(t, { scopes: SCOPES })
    const tk = await acct.token()
    const id = await meeting({ type: 2 }, tk)
    assert.equal((await patch(id, { third_party_survey: 'https://example.com/s' }, tk)).status, 204)
    assert.equal(
      (
        await t.call('PATCH', '/v2/accounts/me/settings', {
          token: tk,
          body: { in_meeting: { meeting_survey: false } },
        })
      ).status,
      204,
    )
    refused(await survey(id, tk), 400, 3000)

    refused(await survey(11111111111), 404, 3001)
    refused(await survey(id), 404, 3001)
  })
})
