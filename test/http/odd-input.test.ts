import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, createWebinar, startWithToken } from '../helpers/fixtures.js'
import { refused } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

/**
 * Input the request schemas accept but the stored data cannot hold as it is: each is refused the way Zoom refuses
 * an invalid field, never answered with a 5xx, and leaves what was stored as it was.
 */
describe('Unusual but well-typed input', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('refuses a meeting or webinar duration beyond a 32-bit integer on create and update', async () => {
    const huge = 2 ** 53
    const host = await addUser(t, token, 'webinar-host@example.com', { webinar: 500 })
    const kinds = [
      { path: 'meetings', userId: 'me', type: 2, create: createMeeting },
      { path: 'webinars', userId: host, type: 5, create: createWebinar },
    ]
    for (const k of kinds) {
      const body = { topic: 'Long', type: k.type, duration: huge }
      refused(await t.call('POST', `/v2/users/${k.userId}/${k.path}`, { token, body }), 400, 300, 'duration')

      const id = await k.create(t, token, { ...body, duration: 2_147_483_647 }, k.userId)
      const update = await t.call('PATCH', `/v2/${k.path}/${id}`, { token, body: { duration: huge } })
      refused(update, 400, 300, 'duration')
      const stored = await t.call('GET', `/v2/${k.path}/${id}`, { token })
      assert.equal(stored.body.duration, 2_147_483_647, k.path)
    }
  })

  it('refuses a page token that is not the list’s, also when the list is empty', async () => {
    // The seeded account has held no meeting in this window, so the active hosts report has nothing to page.
    for (const type of ['active', 'inactive'])
      refused(
        await t.call('GET', `/v2/report/users?from=2026-10-01&to=2026-10-01&type=${type}&next_page_token=garbage`, {
          token,
        }),
        400,
        300,
      )
  })
})
