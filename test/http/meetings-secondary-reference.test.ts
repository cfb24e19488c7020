import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, startWithToken } from '../helpers/fixtures.js'
import { items, refused } from '../helpers/json.js'
import type { Reply, TestServer } from '../helpers/server.js'

// Limits of the secondary Meetings operations that Zoom's reference documents and the server once let through.

const choice = (name = 'Favourite colour?') => ({ name, type: 'single', answers: ['Red', 'Blue'] })

describe('Secondary Meetings operations against the reference', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const meeting = () => createMeeting(t, token, { topic: 'Reference', type: 2, start_time: '2026-12-01T10:00:00Z' })
  const invalid = (res: Reply, field: string) => refused(res, 400, 300, field)

  describe('createBatchPolls', () => {
    const polls = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ title: `Poll ${i + 1}`, questions: [choice()] }))

    it('takes at most 25 polls in one request and creates none of a longer list', async () => {
      const id = await meeting()
      invalid(await t.call('POST', `/v2/meetings/${id}/batch_polls`, { token, body: { polls: polls(26) } }), 'polls')
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body, {
        polls: [],
        total_records: 0,
      })

      const res = await t.call('POST', `/v2/meetings/${id}/batch_polls`, { token, body: { polls: polls(25) } })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.equal(items(res.body.polls).length, 25)
      assert.equal((await t.call('GET', `/v2/meetings/${id}/polls`, { token })).body.total_records, 25)
    })
  })

  describe('updateMeetingSurvey', () => {
    it('refuses a third-party survey link longer than 64 characters and keeps the survey as it was', async () => {
      const id = await meeting()
      const base = 'https://forms.example.com/'
      const fits = base + 'a'.repeat(64 - base.length)
      const tooLong = fits + 'a'

      invalid(
        await t.call('PATCH', `/v2/meetings/${id}/survey`, { token, body: { third_party_survey: tooLong } }),
        'third_party_survey',
      )
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/survey`, { token })).body, {
        show_in_the_browser: true,
      })

      assert.equal(
        (await t.call('PATCH', `/v2/meetings/${id}/survey`, { token, body: { third_party_survey: fits } })).status,
        204,
      )
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/survey`, { token })).body, {
        show_in_the_browser: true,
        third_party_survey: fits,
      })
    })
  })
})
