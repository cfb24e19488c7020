import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { validateTrackingFields } from '../../src/domain/tracking-fields/validate.js'
import { ZoomError } from '../../src/errors/zoom-error.js'
import { makeAccount } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('validateTrackingFields (what meetings and webinars call)', () => {
  let t: TestServer
  let token: string
  let accountId: string

  const define = async (body: Record<string, unknown>, tok = token) => {
    const res = await t.call('POST', '/v2/tracking_fields', { token: tok, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const zoomError = (status: number, code: number, message: string) => (e: unknown) => {
    assert.ok(e instanceof ZoomError, String(e))
    assert.deepEqual({ status: e.status, ...e.toBody() }, { status, code, message })
    return true
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    accountId = t.seed.accountId
  })
  after(() => t.close())

  it('with no fields defined, nothing given is fine and any given field is 400/300', async () => {
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, undefined), [])
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, []), [])
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Anything', value: 'x' }]),
      zoomError(400, 300, 'Tracking field is not defined in this account: Anything.'),
    )
  })

  it("echoes given fields as meetings show them, with the field's label and visibility; values are free text", async () => {
    await define({ field: 'Department', recommended_values: ['Sales', 'R&D'] })
    await define({ field: 'Hidden code', visible: false })
    const out = await validateTrackingFields(t.server.svc, accountId, [
      { field: 'department', value: 'Marketing' },
      { field: ' Hidden Code ', value: 'H-1' },
    ])
    assert.deepEqual(out, [
      { field: 'Department', value: 'Marketing', visible: true },
      { field: 'Hidden code', value: 'H-1', visible: false },
    ])
  })

  it('a value may be left out (empty) for a field that is not required; a repeated field keeps its last value', async () => {
    const out = await validateTrackingFields(t.server.svc, accountId, [
      { field: 'Department' },
      { field: 'Hidden code', value: 'first' },
      { field: 'Department', value: 'Sales' },
    ])
    assert.deepEqual(out, [
      { field: 'Department', value: 'Sales', visible: true },
      { field: 'Hidden code', value: 'first', visible: false },
    ])
  })

  it('an undefined field among defined ones is 400/300', async () => {
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [
        { field: 'Department', value: 'Sales' },
        { field: 'Nope', value: '1' },
      ]),
      zoomError(400, 300, 'Tracking field is not defined in this account: Nope.'),
    )
  })

  it('every required field needs a non-blank value (400/300), also when nothing is given', async () => {
    const required = await define({ field: 'Cost center', required: true })
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, undefined),
      zoomError(400, 300, 'Tracking field is required: Cost center.'),
    )
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Department', value: 'Sales' }]),
      zoomError(400, 300, 'Tracking field is required: Cost center.'),
    )
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Cost center', value: '  ' }]),
      zoomError(400, 300, 'Tracking field is required: Cost center.'),
    )
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, [{ field: 'COST CENTER', value: 'CC-9' }]), [
      { field: 'Cost center', value: 'CC-9', visible: true },
    ])
    // Once the field is no longer required (or deleted), it may be left out again.
    assert.equal(
      (await t.call('PATCH', `/v2/tracking_fields/${required.id}`, { token, body: { required: false } })).status,
      204,
    )
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, []), [])
  })

  it("follows the account's definitions as they change: renamed, hidden, deleted", async () => {
    const f = await define({ field: 'Phase' })
    await t.call('PATCH', `/v2/tracking_fields/${f.id}`, { token, body: { field: 'Stage', visible: false } })
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Phase', value: '1' }]),
      zoomError(400, 300, 'Tracking field is not defined in this account: Phase.'),
    )
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, [{ field: 'stage', value: '1' }]), [
      { field: 'Stage', value: '1', visible: false },
    ])
    await t.call('DELETE', `/v2/tracking_fields/${f.id}`, { token })
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Stage', value: '1' }]),
      (e) => e instanceof ZoomError && e.code === 300,
    )
  })

  it("only the given account's definitions count", async () => {
    const other = await makeAccount(t, { scopes: ['tracking_fields:write:admin'] })
    await define({ field: 'Their field', required: true }, await other.token())
    await assert.rejects(
      validateTrackingFields(t.server.svc, accountId, [{ field: 'Their field', value: 'x' }]),
      (e) => e instanceof ZoomError && e.code === 300,
    )
    assert.deepEqual(await validateTrackingFields(t.server.svc, accountId, []), [])
    await assert.rejects(
      validateTrackingFields(t.server.svc, other.account.id, []),
      zoomError(400, 300, 'Tracking field is required: Their field.'),
    )
  })
})
