import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { array, items, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

describe('Tracking fields over HTTP', () => {
  let t: TestServer
  let token: string
  const base = '/v2/tracking_fields'

  const create = async (body: Record<string, unknown>, tok = token, path = base) => {
    const res = await t.call('POST', path, { token: tok, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  describe('create and read', () => {
    it('creates a field (201) that GET and the list show; visible by default, not required, no recommended values', async () => {
      const created = await create({ field: 'Cost center' })
      assert.match(str(created.id), /^[A-Za-z0-9_-]{13}$/)
      const expected = { id: created.id, field: 'Cost center', recommended_values: [], required: false, visible: true }
      assert.deepEqual(created, expected)
      const got = await t.call('GET', `${base}/${created.id}`, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, expected)
      const list = await t.call('GET', base, { token })
      assert.equal(list.status, 200)
      assert.deepEqual(
        items(list.body.tracking_fields).find((f) => f.id === created.id),
        expected,
      )
      assert.equal(list.body.total_records, array(list.body.tracking_fields).length)
      assert.deepEqual(Object.keys(list.body).sort(), ['total_records', 'tracking_fields'])
    })

    it('keeps required, visible and recommended_values as given', async () => {
      const created = await create({
        field: 'Region',
        required: true,
        visible: false,
        recommended_values: ['EMEA', 'APAC'],
      })
      assert.deepEqual(created, {
        id: created.id,
        field: 'Region',
        recommended_values: ['EMEA', 'APAC'],
        required: true,
        visible: false,
      })
      assert.deepEqual((await t.call('GET', `${base}/${created.id}`, { token })).body, created)
    })

    it('the list holds every field, oldest first, without pages', async () => {
      const other = await makeAccount(t, { scopes: ['tracking_fields:read:admin', 'tracking_fields:write:admin'] })
      const otherToken = await other.token()
      const ids: string[] = []
      for (let i = 0; i < 35; i++) ids.push(str((await create({ field: `F${i}` }, otherToken)).id))
      const list = await t.call('GET', base, { token: otherToken })
      assert.equal(list.body.total_records, 35)
      assert.deepEqual(
        items(list.body.tracking_fields).map((f) => f.id),
        ids,
      )
    })

    it('a label already used in the account (ignoring case and spaces) is 400/200', async () => {
      const dup = await t.call('POST', base, { token, body: { field: '  cost CENTER ' } })
      assert.equal(dup.status, 400)
      assert.deepEqual(dup.body, { code: 200, message: 'Tracking field already exists.' })
      const other = await makeAccount(t, { scopes: ['tracking_fields:write:admin'] })
      await create({ field: 'Cost center' }, await other.token())
    })

    it('a missing, blank or mistyped field is 400/300', async () => {
      const missing = await t.call('POST', base, { token, body: { required: true } })
      assert.equal(missing.status, 400)
      assert.deepEqual(missing.body, {
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'field', message: 'This field is required.' }],
      })
      const blank = await t.call('POST', base, { token, body: { field: '  ' } })
      assert.deepEqual(blank.body, { code: 300, message: 'Missing field: field.' })
      for (const body of [
        { field: 1 },
        { field: 'x', required: 'yes' },
        { field: 'x', recommended_values: 'a' },
        { field: 'x', recommended_values: [1] },
      ]) {
        const res = await t.call('POST', base, { token, body })
        assert.equal(res.status, 400, JSON.stringify(body))
        assert.equal(res.body.code, 300, JSON.stringify(body))
      }
      assert.equal((await t.call('POST', base, { token })).body.code, 300)
    })

    it('an unknown field is 404/5110 for GET, PATCH and DELETE', async () => {
      for (const [method, body] of [['GET'], ['PATCH', { visible: true }], ['DELETE']] as Array<[string, unknown?]>) {
        const res = await t.call(method, `${base}/nope`, { token, body })
        assert.equal(res.status, 404, method)
        assert.deepEqual(res.body, { code: 5110, message: 'Tracking field does not exist: nope.' })
      }
    })
  })

  describe('update and delete', () => {
    it('PATCH (204) changes only what it names, visible on the next GET', async () => {
      const created = await create({ field: 'Project', recommended_values: ['A'] })
      const res = await t.call('PATCH', `${base}/${created.id}`, {
        token,
        body: { required: true, recommended_values: ['A', 'B'] },
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      assert.deepEqual((await t.call('GET', `${base}/${created.id}`, { token })).body, {
        ...created,
        required: true,
        recommended_values: ['A', 'B'],
      })
      await t.call('PATCH', `${base}/${created.id}`, { token, body: { field: 'Project code', visible: false } })
      assert.deepEqual((await t.call('GET', `${base}/${created.id}`, { token })).body, {
        id: created.id,
        field: 'Project code',
        recommended_values: ['A', 'B'],
        required: true,
        visible: false,
      })
      const empty = await t.call('PATCH', `${base}/${created.id}`, { token, body: {} })
      assert.equal(empty.status, 204)
    })

    it("renaming to another field's label is 400/200; to its own label in another case is fine; blank is 400/300", async () => {
      const a = await create({ field: 'Alpha' })
      await create({ field: 'Beta' })
      const clash = await t.call('PATCH', `${base}/${a.id}`, { token, body: { field: 'beta' } })
      assert.equal(clash.status, 400)
      assert.deepEqual(clash.body, { code: 200, message: 'Tracking field already exists.' })
      assert.equal((await t.call('PATCH', `${base}/${a.id}`, { token, body: { field: 'ALPHA' } })).status, 204)
      assert.equal((await t.call('GET', `${base}/${a.id}`, { token })).body.field, 'ALPHA')
      const blank = await t.call('PATCH', `${base}/${a.id}`, { token, body: { field: '' } })
      assert.deepEqual(blank.body, { code: 300, message: 'Missing field: field.' })
      const badType = await t.call('PATCH', `${base}/${a.id}`, { token, body: { visible: 'no' } })
      assert.equal(badType.status, 400)
      assert.equal(badType.body.code, 300)
    })

    it('DELETE (204) removes the field from GET and the list and frees its label', async () => {
      const created = await create({ field: 'Temporary' })
      const res = await t.call('DELETE', `${base}/${created.id}`, { token })
      assert.equal(res.status, 204)
      assert.equal((await t.call('GET', `${base}/${created.id}`, { token })).status, 404)
      assert.ok(!items((await t.call('GET', base, { token })).body.tracking_fields).some((f) => f.id === created.id))
      assert.equal((await t.call('DELETE', `${base}/${created.id}`, { token })).status, 404)
      await create({ field: 'Temporary' })
    })
  })

  describe('accounts, plans and scopes', () => {
    it("another account sees none of this account's fields", async () => {
      const created = await create({ field: 'Mine' })
      const other = await makeAccount(t, { scopes: ['tracking_fields:read:admin', 'tracking_fields:write:admin'] })
      const otherToken = await other.token()
      assert.equal((await t.call('GET', `${base}/${created.id}`, { token: otherToken })).status, 404)
      assert.equal((await t.call('DELETE', `${base}/${created.id}`, { token: otherToken })).status, 404)
      assert.deepEqual((await t.call('GET', base, { token: otherToken })).body, {
        total_records: 0,
        tracking_fields: [],
      })
    })

    it('a free account gets 400/200 and a Pro account 400/200 (Business or higher only)', async () => {
      const scopes = ['tracking_fields:read:admin', 'tracking_fields:write:admin']
      const free = await makeAccount(t, { plan: 'free', scopes })
      const pro = await makeAccount(t, { plan: 'pro', scopes })
      const freeToken = await free.token()
      const proToken = await pro.token()
      for (const [method, path, body] of [
        ['GET', base],
        ['POST', base, { field: 'x' }],
        ['GET', `${base}/x`],
        ['PATCH', `${base}/x`, { visible: true }],
        ['DELETE', `${base}/x`],
      ] as Array<[string, string, unknown?]>) {
        const f = await t.call(method, path, { token: freeToken, body })
        assert.equal(f.status, 400)
        assert.deepEqual(f.body, { code: 200, message: `Only available for paid account: ${free.account.id}.` })
        const p = await t.call(method, path, { token: proToken, body })
        assert.equal(p.status, 400)
        assert.deepEqual(p.body, {
          code: 200,
          message: 'Tracking fields are only available for Business, Education, API or higher plans.',
        })
      }
    })

    it('reading needs tracking_fields:read:admin and writing :write:admin (401/4711)', async () => {
      const readOnly = await tokenWithScopes(t, ['tracking_fields:read:admin'])
      assert.equal((await t.call('GET', base, { token: readOnly })).status, 200)
      const denied = await t.call('POST', base, { token: readOnly, body: { field: 'nope' } })
      assert.equal(denied.status, 401)
      assert.equal(denied.body.code, 4711)
      const none = await tokenWithScopes(t, ['user:read:admin'])
      assert.equal((await t.call('GET', base, { token: none })).body.code, 4711)
    })

    it("a master account manages a sub account's fields under /accounts/{accountId}", async () => {
      const sub = await makeAccount(t, { sub: true })
      const subBase = `/v2/accounts/${sub.account.id}/tracking_fields`
      // The label is taken in the master account, not in the sub account.
      const created = await create({ field: 'Cost center', required: true }, token, subBase)
      assert.deepEqual((await t.call('GET', `${subBase}/${created.id}`, { token })).body, created)
      assert.equal((await t.call('GET', `${base}/${created.id}`, { token })).status, 404)
      assert.equal(
        (await t.call('PATCH', `${subBase}/${created.id}`, { token, body: { required: false } })).status,
        204,
      )
      assert.equal((await t.call('GET', `${subBase}/${created.id}`, { token })).body.required, false)
      assert.deepEqual(
        items((await t.call('GET', subBase, { token })).body.tracking_fields).map((f) => f.id),
        [created.id],
      )
      assert.equal((await t.call('DELETE', `${subBase}/${created.id}`, { token })).status, 204)
      assert.equal((await t.call('GET', subBase, { token })).body.total_records, 0)
    })
  })
})
