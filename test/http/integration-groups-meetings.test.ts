import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { operations } from '../../src/api/index.js'
import { requiredScopes, type AnyOperation } from '../../src/http/operation.js'
import { str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { OpenApiDoc } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Meetings check tracking fields against the account's; a group an Information Barriers policy uses cannot
// be deleted; /openapi.json lists the scopes the platform really checks.

describe('meetings check their tracking fields', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const define = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/v2/tracking_fields', { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body as { id: string }
  }
  const create = (body: Record<string, unknown>) =>
    t.call('POST', '/v2/users/me/meetings', {
      token,
      body: { topic: 'Tracked', type: 2, start_time: '2026-12-01T10:00:00Z', ...body },
    })

  it('an undefined field is 400/300 on create and update; what is stored is the defined name, value and visibility', async () => {
    await define({ field: 'Project' })
    await define({ field: 'Internal code', visible: false })
    let res = await create({ tracking_fields: [{ field: 'Nope', value: 'x' }] })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 300, message: 'Tracking field is not defined in this account: Nope.' })

    res = await create({
      tracking_fields: [
        { field: 'project', value: 'Apollo' },
        { field: 'Internal code', value: 'X-1' },
      ],
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    const expected = [
      { field: 'Project', value: 'Apollo', visible: true },
      { field: 'Internal code', value: 'X-1', visible: false },
    ]
    assert.deepEqual(res.body.tracking_fields, expected)
    const id = res.body.id
    assert.deepEqual((await t.call('GET', `/v2/meetings/${id}`, { token })).body.tracking_fields, expected)

    res = await t.call('PATCH', `/v2/meetings/${id}`, {
      token,
      body: { tracking_fields: [{ field: 'Ghost', value: 'y' }] },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.deepEqual((await t.call('GET', `/v2/meetings/${id}`, { token })).body.tracking_fields, expected)

    // An update without tracking_fields leaves them; one with them replaces them.
    assert.equal((await t.call('PATCH', `/v2/meetings/${id}`, { token, body: { topic: 'Renamed' } })).status, 204)
    assert.deepEqual((await t.call('GET', `/v2/meetings/${id}`, { token })).body.tracking_fields, expected)
    assert.equal(
      (
        await t.call('PATCH', `/v2/meetings/${id}`, {
          token,
          body: { tracking_fields: [{ field: 'PROJECT', value: 'Gemini' }] },
        })
      ).status,
      204,
    )
    assert.deepEqual((await t.call('GET', `/v2/meetings/${id}`, { token })).body.tracking_fields, [
      { field: 'Project', value: 'Gemini', visible: true },
    ])
  })

  it('a required field must be given, with a value, on every create and on an update that sends the list', async () => {
    const required = await define({ field: 'Cost center', required: true })
    let res = await create({})
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 300, message: 'Tracking field is required: Cost center.' })
    res = await create({ tracking_fields: [{ field: 'Cost center', value: '  ' }] })
    assert.equal(res.status, 400)
    assert.equal(res.body.message, 'Tracking field is required: Cost center.')
    res = await create({ tracking_fields: [{ field: 'Cost center', value: 'CC-7' }] })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    const id = res.body.id
    res = await t.call('PATCH', `/v2/meetings/${id}`, {
      token,
      body: { tracking_fields: [{ field: 'Project', value: 'Apollo' }] },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.message, 'Tracking field is required: Cost center.')
    assert.equal(
      (await t.call('PATCH', `/v2/meetings/${id}`, { token, body: { agenda: 'no list, no check' } })).status,
      204,
    )
    // Once the field is gone, meetings no longer need it.
    assert.equal((await t.call('DELETE', `/v2/tracking_fields/${required.id}`, { token })).status, 204)
    assert.equal((await create({})).status, 201)
  })
})

describe('a group an Information Barriers policy uses cannot be deleted', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('DELETE /groups/{groupId} is 400/300 naming the policy while one uses the group, on either side; 204 once it is gone', async () => {
    const ids: string[] = []
    for (const name of ['Traders', 'Analysts', 'Free group']) {
      const res = await t.call('POST', '/v2/groups', { token, body: { name } })
      assert.equal(res.status, 201)
      ids.push(str(res.body.id))
    }
    const [traders, analysts, free] = ids as [string, string, string]
    const policy = await t.call('POST', '/v2/information_barriers/policies', {
      token,
      body: {
        assigned_group_id: traders,
        to_group_id: analysts,
        policy_name: 'Chinese wall',
        settings: { im: true },
        status: 1,
        type: 1,
      },
    })
    assert.equal(policy.status, 201, JSON.stringify(policy.body))

    for (const g of [traders, analysts]) {
      const res = await t.call('DELETE', `/v2/groups/${g}`, { token })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.match(str(res.body.message), /"Chinese wall"/)
      assert.equal((await t.call('GET', `/v2/groups/${g}`, { token })).status, 200)
    }
    assert.equal((await t.call('DELETE', `/v2/groups/${free}`, { token })).status, 204)

    assert.equal((await t.call('DELETE', `/v2/information_barriers/policies/${policy.body.id}`, { token })).status, 204)
    assert.equal((await t.call('DELETE', `/v2/groups/${traders}`, { token })).status, 204)
    assert.equal((await t.call('GET', `/v2/groups/${traders}`, { token })).status, 404)
  })
})

describe('/openapi.json lists the scopes the platform checks', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  it("native account operations list their scopes and the :master forms; other operations' master forms the :master scope", async () => {
    const doc = (await t.call<OpenApiDoc>('GET', '/openapi.json')).body
    const settings = doc.paths['/accounts/{accountId}/settings'].get
    assert.deepEqual(settings['x-scopes'], ['account:read:admin', 'account:master'])
    assert.deepEqual(settings.security, [{ bearer: ['account:read:admin', 'account:master'] }])
    assert.deepEqual(doc.paths['/users/{userId}'].get['x-scopes'], ['user:read:admin', 'user:read', 'user_info:read'])
    assert.deepEqual(doc.paths['/accounts/{accountId}/users/{userId}'].get['x-scopes'], ['user:master'])

    // Every operation, at every path, as the auth layer decides.
    let checked = 0
    for (const op of operations as AnyOperation[]) {
      const entry = doc.paths[op.path]?.[op.method.toLowerCase()]
      if (op.extension || entry?.operationId !== op.id) continue
      assert.deepEqual(entry['x-scopes'], requiredScopes(op, op.path.startsWith('/accounts/{accountId}')), op.id)
      checked++
    }
    assert.ok(checked > 100, String(checked))
  })
})
