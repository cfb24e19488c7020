import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { loadConfig } from '../../src/config.js'
import { createServer } from '../../src/server.js'
import { ensureSeed } from '../../src/seed.js'
import { at, type Json, str } from '../helpers/json.js'
import type { Meeting, RegistrantList, User } from '../helpers/shapes.js'
import { createMeeting } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

describe('Request hardening', () => {
  let t: TestServer
  let token: string
  let meetingId: number
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    meetingId = await createMeeting(t, token, { topic: 'hardening', type: 2, start_time: '2026-12-01T10:00:00Z' })
  })
  after(() => t.close())

  describe('over-deep bodies', () => {
    const writes: [string, () => string, (d: number) => string][] = [
      ['PATCH', () => '/v2/users/me/settings', (d) => `{"feature":${nested(d)}}`],
      ['PATCH', () => '/v2/users/me', (d) => `{"first_name":"A","custom_attributes":[${nested(d)}]}`],
      ['POST', () => '/v2/users/me/meetings', (d) => `{"topic":"x","settings":${nested(d)}}`],
      ['PATCH', () => `/v2/meetings/${meetingId}`, (d) => `{"settings":${nested(d)}}`],
      [
        'PATCH',
        () => `/v2/meetings/${meetingId}/livestream/status`,
        (d) => `{"action":"start","settings":${nested(d)}}`,
      ],
      ['PATCH', () => '/v2/accounts/me/settings', (d) => `{"in_meeting":${nested(d)}}`],
      ['PATCH', () => '/v2/accounts/me/lock_settings', (d) => `{"in_meeting":${nested(d)}}`],
      ['POST', () => '/v2/roles', (d) => `{"name":"deep","privileges":[${nested(d)}]}`],
    ]
    for (const [method, path, body] of writes) {
      it(`${method} ${path().replace(/\d+/, '{id}')}: 2,000 levels answer 400/300 before any handler runs`, async () => {
        const res = await t.call(method, path(), { token, body: body(2000) })
        assert.equal(res.status, 400, res.text)
        assert.equal(res.body.code, 300)
        assert.match(str(res.body.message), /nested too deeply/)
      })
    }

    it('32 levels of a free-form value are still accepted; 33 are not', async () => {
      // The body is level 1 and settings level 2, so the innermost object here is at level 32, then 33.
      const ok = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: `{"topic":"x","settings":{"a":${nested(30)}}}`,
      })
      assert.equal(ok.status, 201, ok.text)
      const refused = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: `{"topic":"x","settings":{"a":${nested(31)}}}`,
      })
      assert.equal(refused.status, 400)
    })
  })

  describe('unknown keys', () => {
    it('an unknown settings key of 1.5 MB is dropped: the meeting is created and its stored row stays small', async () => {
      const res = await t.call<Meeting>('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: 'big', settings: { host_video: true, junk: 'x'.repeat(1_500_000) }, junk2: { a: 1 } },
      })
      assert.equal(res.status, 201, res.text.slice(0, 200))
      assert.equal(res.body.settings.host_video, true)
      assert.equal(res.body.settings.junk, undefined)
      const row = await t.server.svc.db.kysely
        .selectFrom('meetings')
        .select('data')
        .where('id', '=', res.body.id)
        .executeTakeFirstOrThrow()
      assert.ok(row.data.length < 20_000, `stored ${row.data.length} characters`)
      assert.ok(!row.data.includes('junk'))
    })

    it('120,000 unknown keys are dropped in well under the time a client would wait', async () => {
      const settings: Record<string, number> = { host_video: 1 as never }
      for (let i = 0; i < 120_000; i++) settings[`k${i}`] = i
      settings.host_video = true as never
      const started = performance.now()
      const res = await t.call('PATCH', `/v2/meetings/${meetingId}`, { token, body: { settings } })
      const ms = performance.now() - started
      assert.equal(res.status, 204, res.text)
      // About 1.6 MB of body: a few milliseconds per KB would be seconds; it takes a fraction of that.
      assert.ok(ms < 3000, `${ms} ms`)
      const row = await t.server.svc.db.kysely
        .selectFrom('meetings')
        .select('data')
        .where('id', '=', meetingId)
        .executeTakeFirstOrThrow()
      assert.ok(!row.data.includes('"k1"'))
    })

    it('a JSON body over 2 MB is refused with 400/300, not stored', async () => {
      const res = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: 'x', agenda: 'y'.repeat(3 * 1024 * 1024) },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
    })
  })

  describe('null in optional fields', () => {
    it('meeting create with nulls (as Python clients send them) succeeds and uses the defaults', async () => {
      const res = await t.call<Meeting>('POST', '/v2/users/me/meetings', {
        token,
        body: {
          topic: 'py',
          type: 2,
          start_time: '2026-12-02T10:00:00Z',
          agenda: null,
          password: null,
          recurrence: null,
          tracking_fields: null,
          settings: { alternative_hosts: null, host_video: null, waiting_room: true, approval_type: 0 },
        },
      })
      assert.equal(res.status, 201, res.text)
      assert.equal(res.body.agenda, '')
      assert.equal(res.body.settings.alternative_hosts, '')
      assert.equal(res.body.settings.waiting_room, true)
    })

    it('registrant add with null address fields succeeds', async () => {
      const created = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: 'reg', type: 2, start_time: '2026-12-03T10:00:00Z', settings: { approval_type: 0 } },
      })
      const res = await t.call('POST', `/v2/meetings/${created.body.id}/registrants`, {
        token,
        body: {
          email: 'py@example.com',
          first_name: 'Py',
          last_name: null,
          address: null,
          city: null,
          zip: null,
          custom_questions: null,
        },
      })
      assert.equal(res.status, 201, res.text)
      const list = await t.call<RegistrantList>('GET', `/v2/meetings/${created.body.id}/registrants`, { token })
      assert.equal(list.body.registrants[0].email, 'py@example.com')
    })

    it('a null required field is a missing field', async () => {
      const withNull = await t.call('POST', '/v2/roles', { token, body: { name: null } })
      const without = await t.call('POST', '/v2/roles', { token, body: {} })
      assert.equal(withNull.status, 400)
      assert.equal(withNull.body.code, 300)
      assert.deepEqual(withNull.body, without.body)
    })
  })

  describe('URLs the router cannot take', () => {
    it('an undecodable path answers 400/300 in Zoom’s shape', async () => {
      for (const path of ['/v2/users/%FF%FE', '/v2/users/%', '/%zz']) {
        const res = await t.call('GET', path, { token })
        assert.equal(res.status, 400, path)
        assert.deepEqual(res.body, { code: 300, message: 'Invalid request URL.' })
      }
    })

    it('a 5,000-character id reaches the operation and is not found', async () => {
      const res = await t.call<User>('GET', `/v2/users/${'a'.repeat(5000)}`, { token })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 1001)
    })

    it('an id beyond the router’s limit answers 414 in Zoom’s shape', async () => {
      const res = await t.call<User>('GET', `/v2/users/${'a'.repeat(9000)}`, { token })
      assert.equal(res.status, 414)
      assert.equal(typeof res.body.code, 'number')
      assert.equal(typeof res.body.message, 'string')
    })
  })
})

describe('Request log', () => {
  it('one info line per request with method, path, status, time, account and request id; bodies only at debug; a line at shutdown', async () => {
    for (const level of ['info', 'debug'] as const) {
      const lines: { msg: string; body: Json; [field: string]: unknown }[] = []
      const stream = new Writable({
        write(chunk, _enc, cb) {
          for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l))
          cb()
        },
      })
      // What is logged does not depend on the database.
      const config = loadConfig({ DATABASE_URL: ':memory:', RATE_LIMITS: 'off', PORT: '0' } as NodeJS.ProcessEnv)
      const server = await createServer(config, { logger: { level, stream }, deliver: false })
      const seed = await ensureSeed(server.svc, config.seed)
      const tok = await server.app.inject({
        method: 'POST',
        url: '/oauth/token',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${seed.clientId}:${seed.clientSecret}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `grant_type=account_credentials&account_id=${seed.accountId}`,
      })
      const access = tok.json().access_token as string
      const res = await server.app.inject({
        method: 'PATCH',
        url: '/v2/users/me?x=1',
        headers: { authorization: `Bearer ${access}`, 'content-type': 'application/json' },
        payload: { first_name: 'Logged' },
      })
      assert.equal(res.statusCode, 204)
      await server.close()

      const requests = lines.filter((l) => l.msg === 'request')
      assert.equal(requests.length, 2)
      const patch = requests[1]
      assert.equal(patch.level, 30)
      assert.equal(patch.method, 'PATCH')
      assert.equal(patch.path, '/v2/users/me')
      assert.equal(patch.status, 204)
      assert.equal(typeof patch.ms, 'number')
      assert.equal(patch.account, seed.accountId)
      assert.equal(patch.reqId, res.headers['x-zm-trackingid'])
      const bodies = lines.filter((l) => l.msg === 'request body')
      if (level === 'info') assert.equal(bodies.length, 0)
      else assert.ok(bodies.some((l) => l.body.first_name === 'Logged'))
      assert.equal(at(lines, -1).msg, 'server stopped')
    }
  })
})

describe('Request schemas and unknown-key removal', () => {
  it('no request schema offers a choice between two object shapes (removal of unknown keys would strip the later one)', async () => {
    const { operations } = await import('../../src/api/index.js')
    const offending: string[] = []
    const isObject = (s: unknown) =>
      typeof s === 'object' && s !== null && ((s as Json).type === 'object' || Boolean((s as Json).properties))
    const walk = (s: unknown, where: string) => {
      if (!s || typeof s !== 'object') return
      const node = s as Json
      for (const key of ['anyOf', 'oneOf'] as const) {
        const alternatives = node[key]
        if (Array.isArray(alternatives) && alternatives.filter(isObject).length > 1) offending.push(where)
      }
      for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') walk(v, `${where}/${k}`)
    }
    for (const op of operations)
      for (const part of ['params', 'query', 'body'] as const) walk(op[part], `${op.id}.${part}`)
    assert.deepEqual(offending, [])
  })
})
