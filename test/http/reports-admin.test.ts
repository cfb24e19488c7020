import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { at, items, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 24 * 3600 * 1000
const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const withQuery = (path: string, query: Record<string, unknown>) =>
  `${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`

describe('admin reports', () => {
  let t: TestServer
  let token: string
  let ownerEmail: string
  let today: string
  before(async () => {
    let ownerId: string
    ;({ t, token, ownerId } = await startWithOwner())
    ownerEmail = str((await t.call('GET', `/v2/users/${ownerId}`, { token })).body.email)
    today = day(t.clock.now())
  })
  after(() => t.close())

  describe('GET /report/operationlogs', () => {
    let added: string
    before(async () => {
      added = await addUser(t, token, 'audited@example.com')
      const del = await t.call('DELETE', `/v2/users/${added}?action=delete`, { token })
      assert.equal(del.status, 204, JSON.stringify(del.body))
    })

    it('lists the user changes with their operator, newest first', async () => {
      const res = await t.call('GET', withQuery('/v2/report/operationlogs', { from: today, to: today }), { token })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.from, today)
      assert.equal(res.body.to, today)
      const logs = items(res.body.operation_logs).filter((l) => String(l.operation_detail).includes('audited@'))
      assert.deepEqual(
        logs.map((l) => [l.category_type, l.action, l.operator]),
        [
          ['User', 'Delete', ownerEmail],
          ['User', 'Add', ownerEmail],
        ],
      )
      for (const l of logs) assert.match(str(l.time), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    })

    it('filters by category and pages with next_page_token', async () => {
      const none = await t.call(
        'GET',
        withQuery('/v2/report/operationlogs', { from: today, to: today, category_type: 'recording' }),
        { token },
      )
      assert.deepEqual(none.body.operation_logs, [])
      const first = await t.call(
        'GET',
        withQuery('/v2/report/operationlogs', { from: today, to: today, category_type: 'user', page_size: 1 }),
        { token },
      )
      assert.equal(items(first.body.operation_logs).length, 1)
      assert.ok(str(first.body.next_page_token))
      const second = await t.call(
        'GET',
        withQuery('/v2/report/operationlogs', {
          from: today,
          to: today,
          category_type: 'user',
          page_size: 1,
          next_page_token: first.body.next_page_token,
        }),
        { token },
      )
      assert.equal(items(second.body.operation_logs).length, 1)
      assert.notDeepEqual(second.body.operation_logs, first.body.operation_logs)
    })

    it('answers nothing for a window before the changes, and 300 beyond six months', async () => {
      const yesterday = day(t.clock.now() - DAY)
      const empty = await t.call('GET', withQuery('/v2/report/operationlogs', { from: yesterday, to: yesterday }), {
        token,
      })
      assert.deepEqual(empty.body.operation_logs, [])
      const old = day(t.clock.now() - 200 * DAY)
      refused(await t.call('GET', withQuery('/v2/report/operationlogs', { from: old, to: old }), { token }), 400, 300)
    })

    it('refuses a free account with code 200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
      const res = await t.call('GET', withQuery('/v2/report/operationlogs', { from: today, to: today }), {
        token: await free.token(),
      })
      refused(res, 400, 200)
    })
  })

  describe('GET /report/activities', () => {
    it('lists each token grant as a sign-in of the user the app acts for', async () => {
      const other = await makeAccount(t, { scopes: ['report:read:admin'] })
      const first = await other.token()
      t.clock.advance(60_000)
      await other.token()
      const res = await t.call('GET', withQuery('/v2/report/activities', { page_size: 1 }), { token: first })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.from, `${day(t.clock.now())}T00:00:00Z`)
      const [latest] = items(res.body.activity_logs)
      assert.equal(latest?.email, other.owner.email)
      assert.equal(latest?.type, 'Sign in')
      assert.equal(latest?.time, new Date(Math.floor(t.clock.now() / 1000) * 1000).toISOString().replace('.000', ''))
      const next = await t.call(
        'GET',
        withQuery('/v2/report/activities', { page_size: 1, next_page_token: res.body.next_page_token }),
        { token: first },
      )
      assert.equal(items(next.body.activity_logs).length, 1)
      assert.equal(next.body.next_page_token, '')
    })

    it('refuses a free account with code 200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
      refused(await t.call('GET', '/v2/report/activities', { token: await free.token() }), 400, 200)
    })
  })

  describe('GET /report/telephone', () => {
    /** Starts a meeting, lets `callers` join by phone, hangs the first up after 4 minutes and ends it 6 later. */
    const playCalls = async (tok: string, callers: Record<string, unknown>[]) => {
      const meetingId = await createMeeting(t, tok, {
        topic: 'Phone report',
        type: 2,
        start_time: '2030-01-01T00:00:00Z',
      })
      assert.equal((await t.call('POST', `/sim/meetings/${meetingId}/start`, { token: tok })).status, 200)
      const joined = []
      for (const phone of callers) {
        const res = await t.call('POST', `/sim/meetings/${meetingId}/participants`, { token: tok, body: phone })
        assert.equal(res.status, 201, JSON.stringify(res.body))
        joined.push(res.body)
      }
      t.clock.advance(4 * MIN)
      const first = str(joined[0]?.participant_id)
      const left = await t.call('DELETE', `/sim/meetings/${meetingId}/participants/${first}`, { token: tok })
      assert.equal(left.status, 204)
      t.clock.advance(6 * MIN + 5000)
      assert.equal((await t.call('POST', `/sim/meetings/${meetingId}/end`, { token: tok })).status, 200)
      return meetingId
    }
    let meetingId: number

    before(async () => {
      meetingId = await playCalls(token, [
        { phone: { type: 'toll', number: '+44 20 7946 0000' } },
        { email: ownerEmail, phone: { type: 'sip', number: '4711' } },
        { name: 'Dana', phone: { type: 'call_out', country: 'de' } },
      ])
    })

    it('lists toll calls with the times the past participants show', async () => {
      const res = await t.call('GET', withQuery('/v2/report/telephone', { type: 2, from: today, to: today }), { token })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.equal(res.body.total_records, 1)
      const [row] = items(res.body.telephony_usage)
      const past = await t.call('GET', `/v2/past_meetings/${meetingId}/participants`, { token })
      const session = items(past.body.participants).find((p) => p.name === '+44 20 7946 0000')
      assert.equal(row?.start_time, session?.join_time)
      assert.equal(row?.end_time, session?.leave_time)
      assert.equal(row?.duration, 4)
      assert.equal(row?.type, 'global toll-number')
      assert.equal(row?.country_name, 'GB')
      assert.equal(row?.phone_number, '+44 20 7946 0000')
      assert.equal(row?.meeting_id, meetingId)
      assert.equal(row?.meeting_type, 'Meeting')
      assert.equal(row?.host_email, ownerEmail)
    })

    it('lists SIP Connected Audio calls as type 3, and reads by meeting times without counts', async () => {
      const res = await t.call('GET', withQuery('/v2/report/telephone', { type: 3, from: today, to: today }), { token })
      const [row] = items(res.body.telephony_usage)
      assert.equal(row?.type, 'call-in')
      assert.equal(row?.duration, 11)
      const byMeeting = await t.call(
        'GET',
        withQuery('/v2/report/telephone', { type: 3, from: today, to: today, query_date_type: 'meeting_end_time' }),
        { token },
      )
      assert.deepEqual(byMeeting.body.telephony_usage, res.body.telephony_usage)
      assert.equal(byMeeting.body.total_records, undefined)
      const yesterday = day(t.clock.now() - DAY)
      const before = await t.call(
        'GET',
        withQuery('/v2/report/telephone', { type: 3, from: yesterday, to: yesterday }),
        {
          token,
        },
      )
      assert.deepEqual(before.body.telephony_usage, [])
    })

    it('refuses toll-free calls without an audio conferencing plan, and a free account', async () => {
      refused(await t.call('GET', withQuery('/v2/report/telephone', { from: today, to: today }), { token }), 400, 200)
      const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
      refused(
        await t.call('GET', withQuery('/v2/report/telephone', { type: 2, from: today, to: today }), {
          token: await free.token(),
        }),
        400,
        200,
      )
    })

    it('lists toll-free and call-out calls once the account holds an audio conferencing plan', async () => {
      const sub = await makeAccount(t, {
        sub: true,
        plan: 'free',
        scopes: ['meeting:write:admin', 'meeting:read:admin', 'report:read:admin', 'simulator:write:admin'],
      })
      const contact = { first_name: 'A', last_name: 'B', email: 'pay@example.org', phone_number: '555-0100' }
      const base = {
        contact: { ...contact, address: '1 Main St', city: 'X', state: 'CA', zip: '95113', country: 'US' },
      }
      let res = await t.call('POST', `/v2/accounts/${sub.account.id}/plans`, {
        token,
        body: { ...base, plan_base: { type: 'monthly', hosts: 2 } },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      res = await t.call('POST', `/v2/accounts/${sub.account.id}/plans/addons`, {
        token,
        body: { type: 'tollfree_payongo' },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      const subToken = await sub.token()
      await playCalls(subToken, [
        { phone: { type: 'toll_free', number: '+1 (212) 555-0100' } },
        { name: 'Dana', phone: { type: 'call_out', country: 'de' } },
      ])
      const when = day(t.clock.now())
      res = await t.call('GET', withQuery('/v2/report/telephone', { type: 1, from: when, to: when }), {
        token: subToken,
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual(
        items(res.body.telephony_usage).map((r) => [r.type, r.duration, r.host_email]),
        [
          ['toll-free', 4, sub.owner.email],
          ['call-out', 11, sub.owner.email],
        ],
      )
      assert.equal(
        iso(Date.parse(str(at(items(res.body.telephony_usage), 0).start_time))),
        at(items(res.body.telephony_usage), 0).start_time,
      )
    })
  })

  describe('GET /report/billing and /report/billing/invoices', () => {
    it('lists the invoices as billing reports while department billing is on', async () => {
      const sub = await makeAccount(t, {
        sub: true,
        plan: 'free',
        scopes: ['report:read:admin', 'account:write:admin', 'account:read:admin'],
      })
      const contact = { first_name: 'A', last_name: 'B', email: 'dept@example.org', phone_number: '555-0100' }
      const place = { address: '1 Main St', city: 'X', state: 'CA', zip: '95113', country: 'US' }
      const bought = await t.call('POST', `/v2/accounts/${sub.account.id}/plans`, {
        token,
        body: { contact: { ...contact, ...place }, plan_base: { type: 'monthly', hosts: 2 } },
      })
      assert.equal(bought.status, 201, JSON.stringify(bought.body))
      const subToken = await sub.token()
      refused(await t.call('GET', '/v2/report/billing', { token: subToken }), 400, 200)
      const on = await t.call('PATCH', '/v2/accounts/me/settings', {
        token: subToken,
        body: { feature: { department_billing: true } },
      })
      assert.equal(on.status, 204, JSON.stringify(on.body))

      const res = await t.call('GET', '/v2/report/billing', { token: subToken })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      const invoices = await t.call('GET', `/v2/accounts/${sub.account.id}/billing/invoices`, { token })
      const [invoice] = items(invoices.body.invoices)
      const [report] = items(res.body.billing_reports)
      assert.equal(items(res.body.billing_reports).length, items(invoices.body.invoices).length)
      assert.equal(report?.id, invoice?.id)
      assert.equal(report?.type, 0)
      assert.equal(Number(report?.total_amount), invoice?.total_amount)

      const lines = await t.call('GET', `/v2/report/billing/invoices?billing_id=${str(report?.id)}`, {
        token: subToken,
      })
      assert.equal(lines.status, 200, JSON.stringify(lines.body))
      const charges = items(lines.body.invoices)
      assert.ok(charges.length > 0)
      assert.equal(
        charges.reduce((n, l) => n + Number(l.total_amount), 0).toFixed(2),
        Number(report?.total_amount).toFixed(2),
      )
      refused(await t.call('GET', '/v2/report/billing/invoices?billing_id=nope', { token: subToken }), 404, 5010)
    })

    it('refuses a free account with code 200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
      refused(await t.call('GET', '/v2/report/billing', { token: await free.token() }), 400, 200)
    })
  })
})
