import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import { find, items, obj } from '../helpers/json.js'
import type { Meeting, MeetingList } from '../helpers/shapes.js'
import type { TestServer } from '../helpers/server.js'

// Points where the Meetings group's responses and request checks were compared field by field with Zoom's
// 2022 Meeting API document; each test pins what a client sees over HTTP.

describe('Meetings against the Zoom reference', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const create = async (body: Record<string, unknown>) => {
    const res = await t.call<Meeting>('POST', '/v2/users/me/meetings', { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const get = (id: number) => t.call<Meeting>('GET', `/v2/meetings/${id}`, { token })

  describe('GET /meetings/{meetingId}', () => {
    it('an instant meeting has no start_time (the create response still gives one)', async () => {
      const m = await create({ topic: 'Right now', type: 1 })
      assert.equal(m.start_time, '2026-11-02T09:00:00Z')
      const res = await get(m.id)
      assert.equal(res.status, 200)
      assert.equal(res.body.type, 1)
      assert.equal('start_time' in res.body, false)
      assert.equal(res.body.duration, 60)
      assert.equal(res.body.timezone, 'UTC')
    })

    it('a scheduled meeting keeps its start_time', async () => {
      const m = await create({ type: 2, start_time: '2026-11-20T15:00:00Z' })
      assert.equal((await get(m.id)).body.start_time, '2026-11-20T15:00:00Z')
    })
  })

  describe('registration_url', () => {
    it('appears only on meetings that can take registrants (types 2 and 8)', async () => {
      for (const type of [1, 3]) {
        const m = await create({ type, settings: { approval_type: 0 } })
        assert.equal(m.registration_url, undefined, `create, type ${type}`)
        assert.equal((await get(m.id)).body.registration_url, undefined, `get, type ${type}`)
        // The registrant operations agree: registration is not on for this meeting.
        const add = await t.call('POST', `/v2/meetings/${m.id}/registrants`, {
          token,
          body: { first_name: 'Ann', email: 'ann@example.com' },
        })
        assert.equal(add.status, 404, `add, type ${type}`)
      }
      const scheduled = await create({ type: 2, start_time: '2026-11-20T15:00:00Z', settings: { approval_type: 1 } })
      assert.match(scheduled.registration_url, /\/meeting\/register\/[A-Za-z0-9_-]+$/)
      const recurring = await create({
        type: 8,
        start_time: '2026-11-20T15:00:00Z',
        recurrence: { type: 1, end_times: 2 },
        settings: { approval_type: 0 },
      })
      assert.match(recurring.registration_url, /\/meeting\/register\/[A-Za-z0-9_-]+$/)
      assert.equal((await get(recurring.id)).body.registration_url, recurring.registration_url)
    })
  })

  describe('GET /users/{userId}/meetings', () => {
    it('cuts each agenda to 250 characters; Get a meeting keeps the whole text', async () => {
      const agenda = 'x'.repeat(240) + 'y'.repeat(60)
      const m = await create({ type: 2, start_time: '2026-11-21T15:00:00Z', agenda })
      const res = await t.call<MeetingList>('GET', '/v2/users/me/meetings?page_size=300', { token })
      assert.equal(res.status, 200)
      const item = find(res.body.meetings, (x) => x.id === m.id)
      assert.equal(item.agenda, agenda.slice(0, 250))
      assert.equal((await get(m.id)).body.agenda, agenda)
    })
  })

  describe('request validation', () => {
    it('interpreter and authentication-exception emails must be email addresses', async () => {
      const bad = [
        [
          { language_interpretation: { enable: true, interpreters: [{ email: 'not-an-email', languages: 'US,FR' }] } },
          'settings.language_interpretation.interpreters.0.email',
        ],
        [
          { authentication_exception: [{ email: 'nobody', name: 'No Body' }] },
          'settings.authentication_exception.0.email',
        ],
      ] as const
      for (const [settings, field] of bad) {
        for (const res of [
          await t.call('POST', '/v2/users/me/meetings', { token, body: { type: 2, settings } }),
          await t.call('PATCH', `/v2/meetings/${(await create({ type: 2 })).id}`, { token, body: { settings } }),
        ]) {
          assert.equal(res.status, 400, field)
          assert.equal(res.body.code, 300)
          assert.deepEqual(
            items(res.body.errors).map((e) => e.field),
            [field],
          )
        }
      }
      const ok = await create({
        type: 2,
        settings: {
          language_interpretation: { enable: true, interpreters: [{ email: 'ana@example.com', languages: 'US,FR' }] },
        },
      })
      assert.deepEqual(obj(ok.settings.language_interpretation).interpreters, [
        { email: 'ana@example.com', languages: 'US,FR' },
      ])
    })
  })
})
