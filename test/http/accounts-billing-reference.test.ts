import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import type { AccountList, OpenApiDoc } from '../helpers/shapes.js'
import { obj } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

// Accounts and Billing checked against Zoom's own descriptions of them: the 2018 document (the only one with sub
// accounts, billing and plans) where it states a fact the server did not follow.

describe('Accounts and Billing against the reference', () => {
  let t: TestServer
  let token: string
  let n = 0

  /** A sub account of the seeded master on a Pro plan (two hosts). */
  const paidSub = async () => {
    const created = await t.call('POST', '/v2/accounts', {
      token,
      body: { first_name: 'Ref', last_name: `Sub${++n}`, email: `ref-sub${n}@example.org`, password: 'Qx7!mRt2pz' },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.id as string
    const plan = await t.call('POST', `/v2/accounts/${id}/plans`, {
      token,
      body: { plan_base: { type: 'monthly', hosts: 2 } },
    })
    assert.equal(plan.status, 201, JSON.stringify(plan.body))
    return id
  }
  const hostsRequired = {
    code: 300,
    message: 'Validation Failed.',
    errors: [{ field: 'hosts', message: 'This field is required.' }],
  }

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  describe('additional plans: the plan object requires type and hosts', () => {
    it('POST /plans/addons without hosts is a validation error on hosts', async () => {
      const id = await paidSub()
      const res = await t.call('POST', `/v2/accounts/${id}/plans/addons`, { token, body: { type: 'large500_monthly' } })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, hostsRequired)
      const plans = await t.call('GET', `/v2/accounts/${id}/plans`, { token })
      assert.equal(plans.body.plan_large_meeting, undefined)
    })

    it('PUT /plans/addons without hosts is refused rather than accepted as a no-op', async () => {
      const id = await paidSub()
      assert.equal(
        (await t.call('POST', `/v2/accounts/${id}/plans/addons`, { token, body: { type: 'zroom_monthly', hosts: 2 } }))
          .status,
        201,
      )
      let res = await t.call('PUT', `/v2/accounts/${id}/plans/addons`, { token, body: { type: 'zroom_monthly' } })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, hostsRequired)
      // Switching to the family's yearly plan needs the host count too.
      res = await t.call('PUT', `/v2/accounts/${id}/plans/addons`, { token, body: { type: 'zroom_yearly' } })
      assert.deepEqual([res.status, res.body], [400, hostsRequired])
      const plans = await t.call('GET', `/v2/accounts/${id}/plans`, { token })
      const rooms = obj(plans.body.plan_zoom_rooms)
      assert.deepEqual([rooms.type, rooms.hosts], ['zroom_monthly', 2])
      res = await t.call('PUT', `/v2/accounts/${id}/plans/addons`, { token, body: { type: 'zroom_monthly', hosts: 3 } })
      assert.equal(res.status, 204)
    })

    it('cloud recording counts no hosts: it is still taken without them', async () => {
      const id = await paidSub()
      const res = await t.call('POST', `/v2/accounts/${id}/plans/addons`, {
        token,
        body: { type: 'cmr_monthly_commitment_40' },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.equal(res.body.plan_recording, 'cmr_monthly_commitment_40')
    })
  })

  describe('/openapi.json states what the reference states', () => {
    it('List sub accounts: page_size defaults to 30 and page_number to 1', async () => {
      const doc = (await t.call<OpenApiDoc>('GET', '/openapi.json')).body
      const params = doc.paths['/accounts'].get.parameters as { name: string; schema: { default?: unknown } }[]
      assert.equal(params.find((p) => p.name === 'page_size')?.schema.default, 30)
      assert.equal(params.find((p) => p.name === 'page_number')?.schema.default, 1)
      // The defaults leave the answer as it was.
      const res = await t.call<AccountList>('GET', '/v2/accounts', { token })
      assert.deepEqual([res.status, res.body.page_size, res.body.page_number], [200, 30, 1])
    })

    it('Get sub account details: options.pay_mode is one of master, sub', async () => {
      const doc = (await t.call<OpenApiDoc>('GET', '/openapi.json')).body
      const schema = doc.paths['/accounts/{accountId}'].get.responses['200'].content['application/json'].schema
      assert.deepEqual(schema.properties.options.properties.pay_mode.enum, ['master', 'sub'])
    })
  })
})
