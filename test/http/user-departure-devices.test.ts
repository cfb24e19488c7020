import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, startWithOwner } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

describe('a user who leaves the account takes their SIP phone along', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('DELETE /users/{userId}: the phone is gone from both lists, and the address can hold a new one', async () => {
    const id = await addUser(t, token, 'leaver@example.com')
    const on = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { feature: { sip_phone_integration: true } },
    })
    assert.equal(on.status, 204, on.text)
    const phone = {
      user_email: 'leaver@example.com',
      user_name: 'leaver',
      password: 'secret',
      authorization_name: 'leaver',
      domain: 'sip.example.com',
      server: { register_server: 'sip.example.com', transport_protocol: 'UDP' },
    }
    assert.equal((await t.call('POST', '/v2/sip_phones/phones', { token, body: phone })).status, 201)
    const del = await t.call('DELETE', `/v2/users/${id}?action=delete`, { token })
    assert.equal(del.status, 204, del.text)
    assert.deepEqual((await t.call<{ phones: unknown[] }>('GET', '/v2/sip_phones/phones', { token })).body.phones, [])
    assert.equal((await t.call<{ total_records: number }>('GET', '/v2/sip_phones', { token })).body.total_records, 0)
    await addUser(t, token, 'leaver@example.com')
    assert.equal((await t.call('POST', '/v2/sip_phones/phones', { token, body: phone })).status, 201)
  })
})
