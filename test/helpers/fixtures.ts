import assert from 'node:assert/strict'
import { items, num, obj, str, type Json, type Settings } from './json.js'
import { startTestServer, type TestServer } from './server.js'

/** Schedules a meeting for `userId` over HTTP (asserting 201) and returns its id. */
export async function createMeeting(t: TestServer, token: string, body: unknown, userId = 'me'): Promise<number> {
  const res = await t.call('POST', `/v2/users/${userId}/meetings`, { token, body })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return num(res.body.id)
}

/** A test server with a token for the seeded app. */
export async function startWithToken(opts?: Parameters<typeof startTestServer>[0]) {
  const t = await startTestServer(opts)
  return { t, token: await t.token() }
}

/** A test server with a token for the seeded app and the seeded owner's id. */
export async function startWithOwner(opts?: Parameters<typeof startTestServer>[0]) {
  const { t, token } = await startWithToken(opts)
  const ownerId = str((await t.call('GET', '/v2/users/me', { token })).body.id)
  return { t, token, ownerId }
}

/** The virtual background files a settings document lists. */
export function backgroundFiles(settings: Settings): Json[] {
  return items(obj(settings.in_meeting.virtual_background_settings).files)
}

/** Schedules a webinar for `userId` over HTTP (asserting 201) and returns its id. */
export async function createWebinar(t: TestServer, token: string, body: unknown, userId = 'me'): Promise<number> {
  const res = await t.call('POST', `/v2/users/${userId}/webinars`, { token, body })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return num(res.body.id)
}

/** Adds a licensed user to the seeded account over HTTP; with `webinar`, also gives them a webinar licence. */
export async function addUser(
  t: TestServer,
  token: string,
  email: string,
  opts: { webinar?: number } = {},
): Promise<string> {
  const res = await t.call('POST', '/v2/users', {
    token,
    body: { action: 'custCreate', user_info: { email, type: 2, first_name: 'Test', last_name: 'User' } },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  const id = str(res.body.id)
  if (opts.webinar) {
    const set = await t.call('PATCH', `/v2/users/${id}/settings`, {
      token,
      body: { feature: { webinar: true, webinar_capacity: opts.webinar } },
    })
    assert.equal(set.status, 204, JSON.stringify(set.body))
  }
  return id
}
