import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser } from '../helpers/fixtures.js'
import { must } from '../helpers/json.js'
import { rejectsWith } from '../helpers/rivet.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const OFF = 'Permission missing: Enable SIP Phone Integration by contacting a Zoom Admin first.'

type Client = ReturnType<typeof meetingsClient>['endpoints']['sIPPhone']
type EnableBody = Parameters<Client['enableSIPPhone']>[0]['body']

/** A registration for `who`@rivet.test; `over` replaces members. */
const registration = (who: string, over: Partial<EnableBody> = {}): EnableBody => ({
  authorization_name: who,
  domain: 'pbx.example.com',
  password: 'pw',
  user_email: `${who}@rivet.test`,
  user_name: who,
  server: { register_server: '203.0.113.1' },
  ...over,
})

describe('SIP Phone through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let phones: Client

  const integration = async (on: boolean) => {
    const res = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { feature: { sip_phone_integration: on } },
    })
    assert.equal(res.status, 204)
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    phones = meetingsClient(t.origin, token).endpoints.sIPPhone
    await addUser(t, token, 'pat@rivet.test')
    await addUser(t, token, 'ray@rivet.test')
  })
  after(() => t.close())

  it('every call is refused with 400/200 while the integration is off', async () => {
    await rejectsWith(phones.listSIPPhones({}), 400, 200, OFF)
    await rejectsWith(phones.enableSIPPhone({ body: registration('pat') }), 400, 200, OFF)
    await rejectsWith(phones.updateSIPPhone({ path: { phoneId: 'x' }, body: { domain: 'a.b' } }), 400, 200, OFF)
    await rejectsWith(phones.deleteSIPPhone({ path: { phoneId: 'x' } }), 400, 200, OFF)
  })

  it('enables, lists, updates and deletes a phone once the integration is on', async () => {
    await integration(true)
    const created = await phones.enableSIPPhone({
      body: registration('pat', {
        registration_expire_time: 30,
        user_name: '3003',
        voice_mail: '*97',
        display_number: '3003',
        server: { register_server: '203.0.113.1', proxy_server: '203.0.113.2', transport_protocol: 'TLS' },
        server_3: { register_server: '203.0.113.9', transport_protocol: 'TCP' },
      }),
    })
    assert.equal(created.statusCode, 201)
    const phone = must(created.data)
    const phoneId = must(phone.phone_id)
    assert.deepEqual(phone, {
      phone_id: phoneId,
      authorization_name: 'pat',
      domain: 'pbx.example.com',
      password: 'pw',
      registration_expire_time: 30,
      user_email: 'pat@rivet.test',
      user_name: '3003',
      voice_mail: '*97',
      display_number: '3003',
      server: { proxy_server: '203.0.113.2', register_server: '203.0.113.1', transport_protocol: 'TLS' },
      server_3: { proxy_server: '', register_server: '203.0.113.9', transport_protocol: 'TCP' },
    })

    const list = await phones.listSIPPhones({ query: { page_size: 10 } })
    assert.equal(list.statusCode, 200)
    assert.deepEqual(list.data, { next_page_token: '', page_size: 10, phones: [phone] })

    const updated = await phones.updateSIPPhone({
      path: { phoneId },
      body: { password: 'pw2', server_2: { register_server: '203.0.113.5' }, server_3: { register_server: '' } },
    })
    assert.equal(updated.statusCode, 204)
    const after = must((await phones.listSIPPhones({ query: { search_key: 'pat@rivet.test' } })).data?.phones)
    assert.equal(after.length, 1)
    assert.equal(after[0]?.password, 'pw2')
    assert.deepEqual(after[0]?.server_2, {
      proxy_server: '',
      register_server: '203.0.113.5',
      transport_protocol: 'UDP',
    })
    assert.equal(after[0]?.server_3, undefined)

    await rejectsWith(
      phones.enableSIPPhone({ body: registration('pat', { authorization_name: 'again', user_name: '3004' }) }),
      400,
      300,
      'SIP Phone with the same email already exists.',
    )

    const deleted = await phones.deleteSIPPhone({ path: { phoneId } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(
      phones.deleteSIPPhone({ path: { phoneId } }),
      400,
      300,
      'The SIP phone with this phoneId was not found on this account.',
    )
    assert.deepEqual((await phones.listSIPPhones({})).data?.phones, [])
  })

  it('pages the list with the token rivet hands back', async () => {
    await integration(true)
    for (const who of ['pat', 'ray'])
      assert.equal((await phones.enableSIPPhone({ body: registration(who) })).statusCode, 201)
    const first = must((await phones.listSIPPhones({ query: { page_size: 1 } })).data)
    const next = must(first.next_page_token)
    assert.ok(next)
    const second = must((await phones.listSIPPhones({ query: { page_size: 1, next_page_token: next } })).data)
    assert.equal(second.next_page_token, '')
    assert.deepEqual(
      [...must(first.phones), ...must(second.phones)].map((p) => p.user_email),
      ['pat@rivet.test', 'ray@rivet.test'],
    )
    await rejectsWith(phones.listSIPPhones({ query: { next_page_token: 'nope' } }), 400, 300)
  })
})
