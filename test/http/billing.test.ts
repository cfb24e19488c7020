import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addCycle } from '../../src/domain/accounts/plan-catalog.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { at, items, must, num, obj, type Settings, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000
const CONTACT = {
  first_name: 'Bill',
  last_name: 'Payer',
  email: 'billing@acme.example',
  phone_number: '555-555-0100',
  address: '1 Main St',
  city: 'San Jose',
  state: 'CA',
  zip: '95113',
  country: 'US',
}

describe('Billing over HTTP', () => {
  let t: TestServer
  let token: string
  let n = 0
  const createSub = async (masterToken = token) => {
    const res = await t.call('POST', '/v2/accounts', {
      token: masterToken,
      body: { first_name: 'Sub', last_name: `N${++n}`, email: `billing-sub${n}@example.org`, password: 'Qx7!mRt2pz' },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body as { id: string; owner_id: string; owner_email: string }
  }
  const subscribe = (id: string, body: Record<string, unknown> = {}) =>
    t.call('POST', `/v2/accounts/${id}/plans`, {
      token,
      body: { contact: CONTACT, plan_base: { type: 'monthly', hosts: 5 }, ...body },
    })
  /** Moves time on; tokens live an hour, so the seeded app's token is minted again. */
  const advance = async (ms: number) => {
    t.clock.advance(ms)
    token = await t.token()
  }
  const invoices = async (id: string) =>
    items((await t.call('GET', `/v2/accounts/${id}/billing/invoices?page_size=300`, { token })).body.invoices)

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  describe('plans', () => {
    it('a Free sub account subscribes: its plan, plans, usage and first invoice follow', async () => {
      const sub = await createSub()
      assert.equal((await t.server.svc.accounts.get(sub.id))?.plan, 'free')
      let usage = await t.call('GET', `/v2/accounts/${sub.id}/plans/usage`, { token })
      assert.deepEqual(usage.body, {})
      const res = await subscribe(sub.id, {
        plan_webinar: [{ type: 'webinar500_monthly', hosts: 1 }],
        plan_recording: 'cmr_monthly_commitment_40',
      })
      assert.equal(res.status, 201)
      assert.deepEqual(res.body.plan_base, {
        type: 'monthly',
        hosts: 5,
        status: 'active',
        service_effective_date: '2026-11-02',
        next_invoice_date: '2026-12-02',
      })
      assert.equal(items(res.body.plan_webinar)[0].type, 'webinar500_monthly')
      assert.equal(res.body.plan_recording, 'cmr_monthly_commitment_40')
      assert.equal((await t.server.svc.accounts.get(sub.id))?.plan, 'pro')
      const plans = await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })
      assert.deepEqual(plans.body, res.body)
      // The owner holds one of the licenses.
      usage = await t.call('GET', `/v2/accounts/${sub.id}/plans/usage`, { token })
      assert.deepEqual(usage.body.plan_base, { type: 'monthly', hosts: 5, usage: 1, pending: 0 })
      assert.equal(obj(usage.body.plan_recording).plan_storage, '30 GB')
      assert.equal(obj(usage.body.plan_recording).free_storage, '5 GB')
      const list = await invoices(sub.id)
      assert.equal(list.length, 1)
      assert.equal(list[0].total_amount, 15.99 * 5 + 149 + 40)
      assert.equal(list[0].invoice_date, '2026-11-02')
      assert.equal(list[0].due_date, '2026-12-02')
      // The contact sent with the subscription is the billing contact now.
      const contact = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token })
      assert.deepEqual(contact.body, { ...CONTACT, apt: '' })
      // A paid-only feature opens up.
      assert.equal(
        (await t.call<Settings>('GET', `/v2/accounts/${sub.id}/settings?custom_query_fields=host_video`, { token }))
          .status,
        200,
      )
    })

    it('usage counts the licensed users the sub account really has', async () => {
      const sub = await createSub()
      await subscribe(sub.id)
      const master = await tokenWithScopes(t, ['user:master'])
      await t.call('POST', `/v2/accounts/${sub.id}/users`, {
        token: master,
        body: { action: 'custCreate', user_info: { email: `lic-a${sub.id.slice(0, 4)}@example.org`, type: 2 } },
      })
      await t.call('POST', `/v2/accounts/${sub.id}/users`, {
        token: master,
        body: { action: 'create', user_info: { email: `lic-b${sub.id.slice(0, 4)}@example.org`, type: 2 } },
      })
      await t.call('POST', `/v2/accounts/${sub.id}/users`, {
        token: master,
        body: { action: 'custCreate', user_info: { email: `basic${sub.id.slice(0, 4)}@example.org`, type: 1 } },
      })
      const usage = await t.call('GET', `/v2/accounts/${sub.id}/plans/usage`, { token })
      assert.deepEqual(usage.body.plan_base, { type: 'monthly', hosts: 5, usage: 2, pending: 1 })
    })

    it('refuses unknown plans, host counts out of range and a second base plan', async () => {
      const sub = await createSub()
      let res = await subscribe(sub.id, { plan_base: { type: 'platinum', hosts: 5 } })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: plan_base.type' })
      res = await subscribe(sub.id, { plan_base: { type: 'monthly', hosts: 10 } })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: plan_base.hosts' })
      res = await subscribe(sub.id, { plan_large_meeting: [{ type: 'webinar500_monthly', hosts: 1 }] })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: plan_large_meeting.type' })
      res = await subscribe(sub.id, { contact: { ...CONTACT, country: 'XX' } })
      assert.deepEqual(res.body, { code: 2100, message: 'Invalid country parameter: XX.' })
      res = await t.call('POST', `/v2/accounts/${sub.id}/plans`, { token, body: {} })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      assert.equal((await subscribe(sub.id)).status, 201)
      res = await subscribe(sub.id)
      assert.deepEqual([res.status, res.body.code], [400, 2100])
      // The master does not buy its own plans here.
      res = await t.call('POST', '/v2/accounts/me/plans', { token, body: { plan_base: { type: 'monthly', hosts: 1 } } })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })

    it('a sub account that pays for itself is out of reach: 400/2100', async () => {
      const sub = await createSub()
      await t.call('PATCH', `/v2/accounts/${sub.id}/options`, { token, body: { pay_mode: 'sub' } })
      let res = await subscribe(sub.id)
      assert.deepEqual(res.body, { code: 2100, message: 'This sub account is on self pay mode.' })
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token })
      assert.equal(res.body.code, 2100)
    })

    it('PUT /plans/base: more hosts are charged for the rest of the period; another type starts a new one', async () => {
      const sub = await createSub()
      await subscribe(sub.id)
      await advance(15 * DAY)
      let res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/base`, {
        token,
        body: { type: 'monthly', increasing_hosts: 2 },
      })
      assert.equal(res.status, 204)
      let plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.equal(obj(plans.plan_base).hosts, 7)
      assert.equal(obj(plans.plan_base).next_invoice_date, '2026-12-02')
      let list = await invoices(sub.id)
      assert.equal(list.length, 2)
      const prorated = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices/${list[1].id}`, { token })
      assert.equal(items(prorated.body.invoice_items)[0].quantity, 2)
      assert.equal(items(prorated.body.invoice_items)[0].charge_type, 'One-Time')
      assert.equal(items(prorated.body.invoice_items)[0].total_amount, Math.round(15.99 * 2 * (15 / 30) * 100) / 100)
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/base`, {
        token,
        body: { type: 'business_yearly', hosts: 12 },
      })
      assert.equal(res.status, 204)
      assert.equal((await t.server.svc.accounts.get(sub.id))?.plan, 'business')
      plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.deepEqual(
        [obj(plans.plan_base).type, obj(plans.plan_base).hosts, obj(plans.plan_base).next_invoice_date],
        ['business_yearly', 12, '2027-11-17'],
      )
      list = await invoices(sub.id)
      assert.equal(list.length, 3)
      assert.equal(list[2].total_amount, 219.9 * 12)
      const seats = (await t.call('GET', `/v2/accounts/${sub.id}`, { token })).body.seats
      assert.equal(seats, 12)
    })

    it('PUT /plans/base: fewer hosts than licensed users, no hosts at all, or a Free account are refused', async () => {
      const sub = await createSub()
      let res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/base`, { token, body: { type: 'monthly', hosts: 2 } })
      assert.deepEqual(res.body, { code: 200, message: 'Please subscribe a plan for this sub account first.' })
      await subscribe(sub.id, { plan_base: { type: 'monthly', hosts: 3 } })
      const master = await tokenWithScopes(t, ['user:master'])
      for (const x of ['a', 'b'])
        await t.call('POST', `/v2/accounts/${sub.id}/users`, {
          token: master,
          body: { action: 'custCreate', user_info: { email: `down-${x}${sub.id.slice(0, 5)}@example.org`, type: 2 } },
        })
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/base`, { token, body: { type: 'monthly', hosts: 2 } })
      assert.deepEqual(res.body, {
        code: 2100,
        message:
          'The account currently has "3" paid users. Change the user type to Basic and reduce the number of paid users before performing this action.',
      })
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/base`, { token, body: { type: 'monthly' } })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: hosts' })
    })

    it('add-ons: subscribe, update, cancel, and the base plan cancellation after them', async () => {
      const sub = await createSub()
      let res = await t.call('POST', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'large500_monthly', hosts: 1 },
      })
      assert.deepEqual(res.body, {
        code: 2100,
        message: 'Cannot update Additional plan for a subaccount under free plan.',
      })
      await subscribe(sub.id)
      res = await t.call('POST', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'large500_monthly', hosts: 2 },
      })
      assert.equal(res.status, 201)
      assert.deepEqual(
        items(res.body.plan_large_meeting).map((p) => [p.type, p.hosts, p.status]),
        [['large500_monthly', 2, 'active']],
      )
      assert.equal(obj(res.body.plan_base).type, 'monthly')
      res = await t.call('POST', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'large500_monthly', hosts: 1 },
      })
      assert.deepEqual(res.body, {
        code: 2100,
        message: 'This subaccount already has the additional plan: large500_monthly.',
      })
      res = await t.call('POST', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'large500_monthly_x', hosts: 1 },
      })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: type' })
      res = await t.call('POST', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'zroom_monthly', hosts: 3 },
      })
      assert.equal(obj(res.body.plan_zoom_rooms).hosts, 3)
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'large500_monthly', hosts: 4 },
      })
      assert.equal(res.status, 204)
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'zroom_yearly', hosts: 3 },
      })
      assert.equal(res.status, 204)
      let plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.equal(items(plans.plan_large_meeting)[0].hosts, 4)
      assert.equal(obj(plans.plan_zoom_rooms).type, 'zroom_yearly')
      res = await t.call('PUT', `/v2/accounts/${sub.id}/plans/addons`, {
        token,
        body: { type: 'webinar100_monthly', hosts: 1 },
      })
      assert.deepEqual(res.body, { code: 200, message: 'You do not have a "webinar100_monthly" plan subscription.' })
      // The base plan goes last.
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/base/status`, {
        token,
        body: { action: 'cancel', reason: 4 },
      })
      assert.deepEqual(res.body, { code: 200, message: 'You should first cancel all additional subscriptions.' })
      for (const type of ['large500_monthly', 'zroom_yearly']) {
        res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/addons/status`, {
          token,
          body: { action: 'cancel', type, reason: 6, comment: 'not needed' },
        })
        assert.equal(res.status, 200)
      }
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/addons/status`, {
        token,
        body: { action: 'cancel', type: 'zroom_yearly' },
      })
      assert.deepEqual(res.body, { code: 200, message: 'You do not have a "zroom_yearly" plan subscription.' })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/addons/status`, {
        token,
        body: { action: 'stop', type: 'zroom_yearly' },
      })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.equal(items(plans.plan_large_meeting)[0].status, 'cancelled')
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/base/status`, {
        token,
        body: { action: 'cancel', reason: 4, comment: 'too expensive' },
      })
      assert.equal(res.status, 200)
      assert.equal((await t.server.svc.accounts.get(sub.id))?.plan, 'free')
      plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.equal(obj(plans.plan_base).status, 'cancelled')
      // Licensed users go back to Basic; paid-only features close again.
      const owner = await t.server.svc.users.byId(sub.id, sub.owner_id)
      assert.equal(owner?.type, 1)
      res = await t.call<Settings>('GET', `/v2/accounts/${sub.id}/settings`, { token })
      assert.deepEqual(res.body, { code: 200, message: `Only available for paid account: ${sub.id}.` })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/base/status`, { token, body: { action: 'cancel' } })
      assert.deepEqual(res.body, {
        code: 200,
        message: 'Cannot cancel plan for a sub account which is under free plan.',
      })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/plans/addons/status`, {
        token,
        body: { action: 'cancel', type: 'large500_monthly' },
      })
      assert.deepEqual(res.body, {
        code: 200,
        message: 'You cannot cancel an add-on plan for a sub account that is under a Free plan.',
      })
    })

    it("the master's own plans: the base plan its tier implies", async () => {
      const res = await t.call('GET', '/v2/accounts/me/plans', { token })
      assert.equal(obj(res.body.plan_base).type, 'business_yearly')
      assert.equal(obj(res.body.plan_base).status, 'active')
      const usage = await t.call('GET', '/v2/accounts/me/plans/usage', { token })
      assert.equal(obj(usage.body.plan_base).type, 'business_yearly')
      assert.ok(num(obj(usage.body.plan_base).usage) >= 1)
    })
  })

  describe('billing contact', () => {
    it("shows the owner until changed; a paid sub account's contact changes", async () => {
      const sub = await createSub()
      let res = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.email, sub.owner_email)
      assert.equal(res.body.first_name, 'Sub')
      assert.equal(res.body.country, '')
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, { token, body: { city: 'Austin' } })
      assert.deepEqual(res.body, { code: 200, message: 'Please subscribe a plan for this sub account first.' })
      await subscribe(sub.id)
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, {
        token,
        body: { city: 'Austin', state: 'TX', apt: 'Suite 5' },
      })
      assert.equal(res.status, 204)
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token })
      assert.deepEqual(res.body, { ...CONTACT, city: 'Austin', state: 'TX', apt: 'Suite 5' })
    })

    it('checks country, state and characters', async () => {
      const sub = await createSub()
      await subscribe(sub.id)
      let res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, { token, body: { state: 'Narnia' } })
      assert.deepEqual(res.body, { code: 2100, message: 'Invalid state parameter: Narnia.' })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, { token, body: { country: 'ZZ' } })
      assert.deepEqual(res.body, { code: 2100, message: 'Invalid country parameter: ZZ.' })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, { token, body: { address: '<script>' } })
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Your request was not accepted because "address" contains special character(s).',
      })
      res = await t.call('PATCH', `/v2/accounts/${sub.id}/billing`, { token, body: { email: 'not-an-email' } })
      assert.deepEqual([res.status, res.body.code], [400, 300])
    })

    it('an unknown or foreign account is 404/2001; the scope is billing:master', async () => {
      let res = await t.call('GET', '/v2/accounts/NoSuchAccount/billing', { token })
      assert.deepEqual([res.status, res.body], [404, { code: 2001, message: 'Account does not exist: NoSuchAccount' }])
      const other = await makeAccount(t, { scopes: ['billing:master'] })
      const sub = await createSub()
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token: await other.token() })
      assert.deepEqual([res.status, res.body.code], [404, 2001])
      const narrow = await tokenWithScopes(t, ['account:master'])
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing`, { token: narrow })
      assert.deepEqual([res.status, res.body.code], [401, 4711])
    })
  })

  describe('invoices', () => {
    it('renewals are invoiced when their date comes; the list filters by date and paginates', async () => {
      const sub = await createSub()
      await subscribe(sub.id)
      const start = new Date(t.clock.now()).toISOString().slice(0, 10)
      const second = addCycle(start, 'Monthly')
      const third = addCycle(second, 'Monthly')
      await advance(65 * DAY)
      const list = await invoices(sub.id)
      assert.deepEqual(
        list.map((i) => [i.invoice_date, i.total_amount]),
        [
          [start, 79.95],
          [second, 79.95],
          [third, 79.95],
        ],
      )
      const plans = (await t.call('GET', `/v2/accounts/${sub.id}/plans`, { token })).body
      assert.equal(obj(plans.plan_base).next_invoice_date, addCycle(third, 'Monthly'))
      let res = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices?from=${second}&to=${second}`, { token })
      assert.deepEqual(
        items(res.body.invoices).map((i) => i.invoice_date),
        [second],
      )
      assert.equal(res.body.currency, 'USD')
      const seen: string[] = []
      let next = ''
      do {
        res = await t.call(
          'GET',
          `/v2/accounts/${sub.id}/billing/invoices?page_size=2${next ? `&next_page_token=${next}` : ''}`,
          { token },
        )
        seen.push(...items(res.body.invoices).map((i) => str(i.id)))
        next = str(res.body.next_page_token)
      } while (next)
      assert.deepEqual(
        seen,
        list.map((i) => i.id),
      )
      res = await t.call(
        'GET',
        `/v2/accounts/${sub.id}/billing/invoices?from=${addCycle(start, 'Two years')}&to=${start}`,
        { token },
      )
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices?from=2020-01-01&to=2026-12-31`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices?from=yesterday`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 300])
    })

    it('a Free account has none to list (400/200); unknown invoices and accounts are 400/2001', async () => {
      const sub = await createSub()
      let res = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 200])
      await subscribe(sub.id)
      res = await t.call('GET', `/v2/accounts/${sub.id}/billing/invoices/nope`, { token })
      assert.deepEqual([res.status, res.body], [400, { code: 2001, message: 'InvoiceId does not exist: nope.' }])
      res = await t.call('GET', '/v2/accounts/NoSuchAccount/billing/invoices', { token })
      assert.deepEqual([res.status, res.body.code], [400, 2001])
    })

    it('downloads a real PDF, once per invoice every 30 minutes', async () => {
      const sub = await createSub()
      await subscribe(sub.id)
      const [invoice] = await invoices(sub.id)
      const get = (path: string) => fetch(`${t.origin}/v2${path}`, { headers: { authorization: `Bearer ${token}` } })
      let res = await get(`/api/download/billing/invoices/${invoice.id}`)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'application/pdf')
      assert.equal(res.headers.get('content-disposition'), `attachment; filename="${invoice.id}.pdf"`)
      const pdf = Buffer.from(await res.arrayBuffer())
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-')
      assert.equal(pdf.toString('latin1').trimEnd().slice(-5), '%%EOF')
      const text = pdf.toString('latin1')
      assert.ok(text.includes(str(invoice.invoice_number)))
      assert.ok(text.includes('Standard Pro Monthly'))
      // The cross-reference table points at each object.
      const xref = Number(must(/startxref\n(\d+)/.exec(text))[1])
      assert.ok(text.slice(xref).startsWith('xref'))
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
      offsets.forEach((o, i) => assert.ok(text.slice(o).startsWith(`${i + 1} 0 obj`)))
      res = await get(`/api/download/billing/invoices/${invoice.id}`)
      assert.equal(res.status, 429)
      assert.ok(Number(res.headers.get('retry-after')) > 0)
      await advance(30 * 60_000)
      res = await get(`/billing/invoices/${invoice.id}/download`)
      assert.equal(res.status, 200)
      res = await get('/api/download/billing/invoices/nope')
      assert.deepEqual(await res.json(), { code: 2001, message: 'InvoiceId does not exist: nope.' })
      // Another master's token finds nothing.
      const other = await makeAccount(t, { scopes: ['billing:master'] })
      const foreign = await fetch(`${t.origin}/v2/api/download/billing/invoices/${invoice.id}`, {
        headers: { authorization: `Bearer ${await other.token()}` },
      })
      assert.equal(foreign.status, 400)
    })
  })

  describe('invoice reports', () => {
    it('generate, list, read, download as CSV, delete', async () => {
      const master = await makeAccount(t, { scopes: ['billing:master', 'account:write:admin', 'account:read:admin'] })
      const masterToken = await master.token()
      const a = await createSub(masterToken)
      const b = await createSub(masterToken)
      for (const id of [a.id, b.id])
        await t.call('POST', `/v2/accounts/${id}/plans`, {
          token: masterToken,
          body: { plan_base: { type: 'yearly', hosts: 2 } },
        })
      const today = new Date(t.clock.now()).toISOString().slice(0, 10)
      let res = await t.call('POST', '/v2/accounts/billing/invoice_reports', {
        token: masterToken,
        body: { start_date: today, end_date: today, account_ids: [a.id, b.id] },
      })
      assert.equal(res.status, 201)
      const report = res.body
      assert.deepEqual(
        { ...report, id: 'x' },
        {
          id: 'x',
          start_date: today,
          end_date: today,
          accounts_total_number: 2,
          remaining_days: 0,
          status: 'Completed',
        },
      )
      assert.equal(report.id, String(t.clock.now()))
      res = await t.call('GET', '/v2/accounts/billing/invoice_reports', { token: masterToken })
      assert.deepEqual(
        items(res.body.invoice_reports).map((r) => r.id),
        [report.id],
      )
      assert.equal(res.body.next_page_token, '')
      res = await t.call('GET', `/v2/accounts/billing/invoice_reports/${report.id}?download=false`, {
        token: masterToken,
      })
      assert.equal(res.body.status, 'Available')
      res = await t.call('GET', `/v2/accounts/billing/invoice_reports/${report.id}?download=true`, {
        token: masterToken,
      })
      assert.equal(res.status, 200)
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/)
      const lines = res.text.trim().split('\r\n')
      assert.equal(
        lines[0],
        'Account ID,Account Number,Account Name,Invoice ID,Invoice Number,Invoice Date,Charge Name,Charge Type,Start Date,End Date,Quantity,Amount,Tax Amount,Currency',
      )
      assert.equal(lines.length, 3)
      assert.ok(lines.some((l) => l.startsWith(a.id) && l.includes('Standard Pro Annual') && l.includes('299.80')))
      res = await t.call('GET', `/v2/accounts/billing/invoice_reports/${report.id}`, { token: masterToken })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      // Another master does not see it.
      res = await t.call('GET', `/v2/accounts/billing/invoice_reports/${report.id}?download=false`, { token })
      assert.deepEqual(res.body, { code: 2001, message: `Invoice Report ID does not exist: ${report.id}.` })
      res = await t.call('DELETE', `/v2/accounts/billing/invoice_reports/${report.id}`, { token: masterToken })
      assert.equal(res.status, 204)
      res = await t.call('DELETE', `/v2/accounts/billing/invoice_reports/${report.id}`, { token: masterToken })
      assert.deepEqual([res.status, res.body.code], [400, 2001])
      assert.deepEqual(
        (await t.call('GET', '/v2/accounts/billing/invoice_reports', { token: masterToken })).body.invoice_reports,
        [],
      )
    })

    it("checks the span, the accounts and Zoom's one-request-per-3-minutes limit", async () => {
      const master = await makeAccount(t, { scopes: ['billing:master', 'account:write:admin'] })
      const masterToken = await master.token()
      const a = await createSub(masterToken)
      const post = (body: unknown) =>
        t.call('POST', '/v2/accounts/billing/invoice_reports', { token: masterToken, body })
      let res = await post({ start_date: '2026-01-01', end_date: '2026-03-01', account_ids: [a.id] })
      assert.equal(res.body.code, 2100)
      assert.match(str(res.body.message), /within a month/)
      res = await post({ start_date: '2026-01-01', end_date: '2026-01-31' })
      assert.deepEqual(res.body, {
        code: 2100,
        message: 'You must provide at least one sub account for which to generate an invoice report.',
      })
      const foreign = await createSub()
      res = await post({ start_date: '2026-01-01', end_date: '2026-01-31', account_ids: [a.id, foreign.id] })
      assert.deepEqual(res.body, {
        code: 10102,
        message: `One or more of the sub accounts provided were not found under the master account ID: ${master.account.id}`,
      })
      assert.equal((await post({ start_date: '2026-01-01', end_date: '2026-01-31', account_ids: [a.id] })).status, 201)
      res = await post({ start_date: '2026-01-01', end_date: '2026-01-31', account_ids: [a.id] })
      assert.equal(res.status, 429)
      t.clock.advance(3 * 60_000)
      assert.equal((await post({ start_date: '2026-01-01', end_date: '2026-01-31', account_ids: [a.id] })).status, 201)
      // A sub account is no master.
      const sub = await makeAccount(t, { sub: true, scopes: ['billing:master'] })
      res = await t.call('GET', '/v2/accounts/billing/invoice_reports', { token: await sub.token() })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })
  })

  describe('upcoming renewals', () => {
    it('lists the sub accounts renewing within the interval, page by page', async () => {
      const master = await makeAccount(t, { scopes: ['billing:master', 'account:master', 'account:write:admin'] })
      const masterToken = await master.token()
      const monthly = await createSub(masterToken)
      const yearly = await createSub(masterToken)
      const other = await createSub(masterToken)
      await t.call('POST', `/v2/accounts/${monthly.id}/plans`, {
        token: masterToken,
        body: { plan_base: { type: 'monthly', hosts: 2 } },
      })
      await t.call('POST', `/v2/accounts/${yearly.id}/plans`, {
        token: masterToken,
        body: { plan_base: { type: 'yearly', hosts: 3 } },
      })
      await t.call('POST', `/v2/accounts/${other.id}/plans`, {
        token: masterToken,
        body: { plan_base: { type: 'business_monthly', hosts: 10 } },
      })
      // A month is at most 31 days: within 60 days both monthly plans renew, the yearly one does not.
      let res = await t.call('GET', '/v2/accounts/billing/renewals?interval=60', { token: masterToken })
      assert.equal(res.status, 200)
      assert.equal(res.body.interval, 60)
      assert.equal(res.body.total_records, 2)
      assert.deepEqual(
        items(res.body.results).map((r) => r.account_id),
        [monthly.id, other.id],
      )
      const first = at(items(res.body.results), 0)
      assert.equal(first.total_renewal_amount, 31.98)
      assert.equal(first.email, monthly.owner_email)
      assert.deepEqual(first.renewable_subscriptions, [
        {
          plan_name: 'Standard Pro Monthly',
          quantity: 2,
          billing_cycle: 'Monthly',
          service_effective_date: at(items(first.renewable_subscriptions), 0).service_effective_date,
          next_invoice_date: first.next_renewal_date,
          next_invoice_amount: 31.98,
        },
      ])
      res = await t.call('GET', '/v2/accounts/billing/renewals?interval=60&page_size=1', { token: masterToken })
      assert.deepEqual(
        items(res.body.results).map((r) => r.account_id),
        [monthly.id],
      )
      res = await t.call(
        'GET',
        `/v2/accounts/billing/renewals?interval=60&page_size=1&next_page_token=${res.body.next_page_token}`,
        { token: masterToken },
      )
      assert.deepEqual(
        items(res.body.results).map((r) => r.account_id),
        [other.id],
      )
      assert.equal(res.body.next_page_token, '')
      await advance(340 * DAY)
      const later = await master.token()
      res = await t.call('GET', '/v2/accounts/billing/renewals?interval=90', { token: later })
      assert.ok(items(res.body.results).some((r) => r.account_id === yearly.id))
      res = await t.call('GET', '/v2/accounts/billing/renewals?interval=45', { token: later })
      assert.deepEqual(res.body, { code: 2100, message: 'Invalid parameter: interval/page_size.' })
      res = await t.call('GET', '/v2/accounts/billing/renewals?page_size=51', { token: later })
      assert.equal(res.body.code, 2100)
    })
  })
})
