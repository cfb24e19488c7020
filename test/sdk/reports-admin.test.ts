import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Admin reports through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  let today: string
  before(async () => {
    t = await startTestServer()
    client = meetingsClient(t.origin, await t.token())
    today = new Date(t.clock.now()).toISOString().slice(0, 10)
  })
  after(() => t.close())

  it('getOperationLogsReport lists a user added through the API', async () => {
    const users = await t.call('POST', '/v2/users', {
      token: await t.token(),
      body: { action: 'custCreate', user_info: { email: 'sdk-audit@example.com', type: 1 } },
    })
    assert.equal(users.status, 201)
    const res = await client.endpoints.reports.getOperationLogsReport({
      query: { from: today, to: today, category_type: 'user' },
    })
    assert.equal(res.statusCode, 200)
    const log = res.data?.operation_logs?.find((l) => l.operation_detail?.includes('sdk-audit@example.com'))
    assert.equal(log?.category_type, 'User')
    assert.equal(log?.action, 'Add')
  })

  it('getSignInSignOutActivityReport lists token grants as sign-ins', async () => {
    const res = await client.endpoints.reports.getSignInSignOutActivityReport({ query: { from: today, to: today } })
    assert.equal(res.statusCode, 200)
    assert.ok(res.data?.activity_logs?.length)
    assert.equal(res.data?.activity_logs?.[0]?.type, 'Sign in')
  })

  it('getTelephoneReports answers toll calls and refuses toll-free calls without an audio plan', async () => {
    const res = await client.endpoints.reports.getTelephoneReports({ query: { type: '2', from: today, to: today } })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.data?.telephony_usage, [])
    await rejectsWith(
      client.endpoints.reports.getTelephoneReports({ query: { type: '1', from: today, to: today } }),
      400,
      200,
    )
  })

  it('getBillingReports and getBillingInvoiceReports answer No permission while department billing is off', async () => {
    await rejectsWith(client.endpoints.reports.getBillingReports({}), 400, 200, 'No permission.')
    await rejectsWith(client.endpoints.reports.getBillingInvoiceReports({ query: { billing_id: 'x' } }), 400, 200)
  })

  it('a free account gets code 200', async () => {
    const free = await makeAccount(t, { plan: 'free', scopes: ['report:read:admin'] })
    const api = meetingsClient(t.origin, await free.token()).endpoints.reports
    await rejectsWith(api.getOperationLogsReport({ query: { from: today, to: today } }), 400, 200)
  })
})
