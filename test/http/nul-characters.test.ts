import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { items, str, zoomError } from '../helpers/json.js'
import { createMeeting } from '../helpers/fixtures.js'
import { startTestServer, type Reply, type TestServer } from '../helpers/server.js'

// U+0000 fits in SQLite text but not in PostgreSQL's: on both, a path or query value carrying it finds nothing,
// and a JSON body carrying it is refused, naming the field.
describe('the character U+0000 in requests', () => {
  let t: TestServer
  let token: string
  let groupId: string
  let meetingId: number

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    groupId = str((await t.call('POST', '/v2/groups', { token, body: { name: 'Plain' } })).body.id)
    meetingId = await createMeeting(t, token, { topic: 'Plain', type: 2 })
  })
  after(() => t.close())

  const call = (method: string, path: string, body?: unknown) => t.call(method, path, { token, body })

  function assertRefused(res: Reply, field: string) {
    assert.equal(res.status, 400, JSON.stringify(res.body))
    assert.equal(res.body.code, 300)
    assert.equal(res.body.message, 'Validation Failed.')
    assert.deepEqual(
      (zoomError(res.body).errors ?? []).map((e) => e.field),
      [field],
    )
  }

  describe('in a path parameter, the resource is not found', () => {
    const cases: Array<[string, string, number, number]> = [
      ['GET', '/v2/users/{x}', 404, 1001],
      ['GET', '/v2/users/{x}@example.com', 404, 1001],
      ['DELETE', '/v2/users/{x}', 404, 1001],
      ['GET', '/v2/groups/{x}', 404, 4130],
      ['PATCH', '/v2/groups/{x}', 404, 4130],
      ['GET', '/v2/roles/{x}', 400, 300],
      ['GET', '/v2/im/groups/{x}', 404, 4130],
      ['GET', '/v2/tracking_fields/{x}', 404, 5110],
      ['GET', '/v2/meetings/{x}', 404, 3001],
      ['GET', '/v2/meetings/12{x}34', 404, 3001],
      ['GET', '/v2/past_meetings/{x}', 404, 3001],
      ['GET', '/v2/accounts/{x}', 404, 2001],
      ['GET', '/v2/accounts/{x}/users', 400, 2001],
    ]
    for (const [method, path, status, code] of cases) {
      it(`${method} ${path}: ${status}/${code}, as for an unknown value without it`, async () => {
        const body = method === 'PATCH' ? { name: 'Renamed' } : undefined
        const plain = await call(method, path.replace('{x}', 'abcd'), body)
        const nul = await call(method, path.replace('{x}', 'ab%00cd'), body)
        assert.deepEqual([plain.status, plain.body.code], [status, code], JSON.stringify(plain.body))
        assert.deepEqual([nul.status, nul.body.code], [status, code], JSON.stringify(nul.body))
      })
    }

    it('a member of an existing group, and a meeting sub-resource, are not found either', async () => {
      const member = await call('DELETE', `/v2/groups/${groupId}/members/ab%00cd`)
      assert.deepEqual([member.status, member.body.code], [404, 1001])
      const registrant = await call('GET', `/v2/meetings/${meetingId}/registrants/ab%00cd`)
      assert.ok(registrant.status >= 400 && registrant.status < 500, JSON.stringify(registrant.body))
      assert.equal(typeof registrant.body.code, 'number')
    })
  })

  describe('in a query string, the value matches nothing', () => {
    it('users with a role id carrying it: none', async () => {
      const res = await call('GET', '/v2/users?role_id=ab%00cd')
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.total_records, 0)
    })

    it('an email carrying it is not taken', async () => {
      const res = await call('GET', '/v2/users/email?email=a%00b@example.com')
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual(res.body, { existed_email: false })
    })

    it('an enum value carrying it fails validation, as any other wrong value', async () => {
      const res = await call('GET', '/v2/users?status=act%00ive')
      assert.deepEqual([res.status, res.body.code, zoomError(res.body).errors?.[0]?.field], [400, 300, 'status'])
    })

    it('OAuth parameters carrying it name no client or account', async () => {
      const query = await fetch(
        `${t.origin}/oauth/token?grant_type=account_credentials&account_id=a%00b&client_id=x%00y&client_secret=z`,
        { method: 'POST' },
      )
      assert.equal(query.status, 400)
      assert.equal(((await query.json()) as { error: string }).error, 'invalid_client')
      const basic = (id: string, account: string) =>
        fetch(`${t.origin}/oauth/token`, {
          method: 'POST',
          headers: {
            authorization: 'Basic ' + Buffer.from(`${id}:${t.seed.clientSecret}`).toString('base64'),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: `grant_type=account_credentials&account_id=${account}`,
        })
      const badClient = await basic(`${t.seed.clientId}\u0000`, t.seed.accountId)
      assert.equal(badClient.status, 400)
      assert.equal(((await badClient.json()) as { error: string }).error, 'invalid_client')
      const badAccount = await basic(t.seed.clientId, `${t.seed.accountId}%00`)
      assert.equal(badAccount.status, 400)
      assert.equal(((await badAccount.json()) as { error: string }).error, 'invalid_request')
    })
  })

  describe('in a JSON body, 400/300 names the field and nothing is written', () => {
    it('top-level strings', async () => {
      assertRefused(await call('POST', '/v2/groups', { name: 'a\u0000b' }), 'name')
      assertRefused(await call('POST', '/v2/roles', { name: 'a\u0000b' }), 'name')
      assertRefused(await call('POST', '/v2/im/groups', { name: 'a\u0000b' }), 'name')
      assertRefused(await call('POST', '/v2/tracking_fields', { field: '\u0000' }), 'field')
      assertRefused(await call('POST', '/v2/users/me/meetings', { topic: 'x\u0000', type: 2 }), 'topic')
      assertRefused(await call('PATCH', '/v2/users/me', { first_name: 'a\u0000b' }), 'first_name')
      assertRefused(await call('PATCH', `/v2/groups/${groupId}`, { name: 'a\u0000b' }), 'name')
      const groups = items((await call('GET', '/v2/groups')).body.groups).map((g) => g.name)
      assert.deepEqual(groups, ['Plain'])
      assert.notEqual((await call('GET', '/v2/users/me')).body.first_name, 'a\u0000b')
    })

    it('nested strings, in objects and in arrays', async () => {
      assertRefused(
        await call('POST', '/v2/users', {
          action: 'create',
          user_info: { email: 'n@example.com', type: 1, first_name: 'N\u0000' },
        }),
        'user_info.first_name',
      )
      assertRefused(
        await call('POST', `/v2/groups/${groupId}/members`, {
          members: [{ email: 'plain@example.com' }, { email: 'a\u0000b@example.com' }],
        }),
        'members.1.email',
      )
      assertRefused(
        await call('POST', `/v2/groups/${groupId}/members`, { members: [{ id: 'a\u0000b' }] }),
        'members.0.id',
      )
      assertRefused(
        await call('POST', '/v2/users/me/meetings', {
          topic: 'x',
          type: 2,
          settings: { alternative_hosts: 'a\u0000b@example.com' },
        }),
        'settings.alternative_hosts',
      )
      assertRefused(
        await call('POST', '/v2/tracking_fields', { field: 'Region', recommended_values: ['EMEA', 'AP\u0000AC'] }),
        'recommended_values.1',
      )
      assert.equal((await call('GET', '/v2/users/n@example.com')).status, 404)
      assert.equal((await call('GET', '/v2/tracking_fields')).body.total_records, 0)
    })

    it('a key carrying it', async () => {
      assertRefused(await call('PATCH', `/v2/groups/${groupId}`, { ['na\u0000me']: 'x' }), 'na\u0000me')
    })

    it('an uploaded file whose name carries it', async () => {
      const png = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
        'hex',
      )
      const upload = (name: string) => {
        const form = new FormData()
        form.append('pic_file', new Blob([png], { type: 'image/png' }), name)
        return fetch(`${t.origin}/v2/users/me/picture`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        })
      }
      const refused = await upload('a\u0000b.png')
      assertRefused({ status: refused.status, body: await refused.json() } as Reply, 'pic_file')
      assert.equal((await upload('ab.png')).status, 201)
    })

    it('a body without it is untouched', async () => {
      const res = await call('POST', '/v2/groups', { name: 'a\\u0000b (escaped, not a NUL)' })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.equal(res.body.name, 'a\\u0000b (escaped, not a NUL)')
    })
  })
})
