import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { addUser } from '../helpers/fixtures.js'
import { fieldErrors, items, obj, refused, str, type Json } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const OFF = 'Permission missing: Enable SIP Phone Integration by contacting a Zoom Admin first.'
const NOT_FOUND = 'The SIP phone with this phoneId was not found on this account.'
const TAKEN = 'SIP Phone with the same email already exists.'

const NEW = '/v2/sip_phones/phones'
const OLD = '/v2/sip_phones'

/** A registration in the current, nested shape. */
const nested = (email: string, over: Json = {}): Json => ({
  authorization_name: 'auth-' + email.split('@')[0],
  domain: 'pbx.example.com',
  password: 'Secret-1',
  user_email: email,
  user_name: '1001',
  voice_mail: '4000',
  server: { register_server: '192.0.2.1', proxy_server: '192.0.2.2', transport_protocol: 'TCP' },
  ...over,
})

/** A registration in the older, flat shape. */
const flat = (email: string, over: Json = {}): Json => ({
  authorization_name: 'auth-' + email.split('@')[0],
  domain: 'cdc.example.org',
  password: 'Secret-2',
  user_email: email,
  user_name: '2002',
  voice_mail: '5000',
  register_server: '198.51.100.1',
  proxy_server: '198.51.100.2',
  transport_protocol: 'TLS',
  ...over,
})

describe('SIP Phone over HTTP', () => {
  let t: TestServer
  let token: string

  const setIntegration = async (on: boolean, accountId = 'me') => {
    const res = await t.call('PATCH', `/v2/accounts/${accountId}/settings`, {
      token,
      body: { feature: { sip_phone_integration: on } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }
  /** Creates through the current path (asserting 201) and returns the phone. */
  const enable = async (body: Json, base = NEW) => {
    const res = await t.call('POST', base, { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  /** Every phone of a list, in the shape of the path it was read from. */
  const listed = async (base: string, query = '') => {
    const res = await t.call('GET', `${base}${query}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }
  const phoneIn = async (base: string, key: 'id' | 'phone_id', id: string) =>
    items((await listed(base, '?page_size=300')).phones).find((p) => p[key] === id)

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    for (const who of ['ada', 'lin', 'sam', 'kim', 'eva', 'joe', 'max', 'zoe'])
      await addUser(t, token, `${who}@sip.test`)
  })
  after(() => t.close())

  it('every operation, on the current and the deprecated paths, answers 400/200 while the integration is off', async () => {
    const calls: Array<[string, string, Json?]> = [
      ['GET', NEW],
      ['POST', NEW, nested('ada@sip.test')],
      ['PATCH', `${NEW}/any`, { domain: 'x.example.com' }],
      ['DELETE', `${NEW}/any`],
      ['GET', OLD],
      ['POST', OLD, flat('ada@sip.test')],
      ['PATCH', `${OLD}/any`, { domain: 'x.example.com' }],
      ['DELETE', `${OLD}/any`],
    ]
    for (const [method, path, body] of calls) {
      const res = await t.call(method, path, { token, body })
      refused(res, 400, 200)
      assert.equal(res.body.message, OFF, `${method} ${path}`)
    }
  })

  it('the reference marks the older paths deprecated, in /openapi.json and on their pages', async () => {
    type Doc = { paths: Record<string, Record<string, { deprecated?: boolean }>> }
    const doc = (await t.call<Doc>('GET', '/openapi.json')).body
    for (const [path, methods] of [
      ['/sip_phones', ['get', 'post']],
      ['/sip_phones/{phoneId}', ['patch', 'delete']],
      ['/accounts/{accountId}/sip_phones', ['get', 'post']],
    ] as const)
      for (const m of methods) assert.equal(doc.paths[path]?.[m]?.deprecated, true, `${m} ${path}`)
    for (const [path, methods] of [
      ['/sip_phones/phones', ['get', 'post']],
      ['/sip_phones/phones/{phoneId}', ['patch', 'delete']],
    ] as const)
      for (const m of methods) {
        assert.ok(doc.paths[path]?.[m], `${m} ${path} is served`)
        assert.equal(doc.paths[path]?.[m]?.deprecated, undefined, `${m} ${path}`)
      }
    const oldPage = await t.call('GET', '/docs/en/sip-phone/createSIPPhone')
    assert.match(oldPage.text, /class="note deprecated">Deprecated by Zoom/)
    const newPage = await t.call('GET', '/docs/zh/sip-phone/EnableSIPPhonePhones')
    assert.equal(newPage.status, 200)
    assert.doesNotMatch(newPage.text, /note deprecated/)
    // The sidebar tells the two forms apart: the older ones carry a tag.
    assert.match(
      oldPage.text,
      /data-op="createSIPPhone"\s*><span class="method POST">POST<\/span> [^<]*<span class="old">deprecated<\/span><\/a/,
    )
    assert.doesNotMatch(
      newPage.text,
      /data-op="EnableSIPPhonePhones"[^<]*<span[^>]*>[^<]*<\/span>[^<]*<span class="old">/,
    )
    assert.match(
      newPage.text,
      /data-op="createSIPPhone"\s*><span class="method POST">POST<\/span> [^<]*<span class="old">已弃用<\/span>/,
    )
  })

  describe('with the integration on', () => {
    before(() => setIntegration(true))

    it('enables a phone in the current shape: 201 with the phone, defaults filled in, both lists show it', async () => {
      const created = await enable(
        nested('ada@sip.test', {
          display_number: '+1 555 0100',
          server_2: { register_server: '192.0.2.3' },
        }),
      )
      const id = str(created.phone_id)
      assert.match(id, /^[A-Za-z0-9_-]{22}$/)
      const expected = {
        phone_id: id,
        authorization_name: 'auth-ada',
        domain: 'pbx.example.com',
        password: 'Secret-1',
        registration_expire_time: 60,
        user_email: 'ada@sip.test',
        user_name: '1001',
        voice_mail: '4000',
        display_number: '+1 555 0100',
        server: { proxy_server: '192.0.2.2', register_server: '192.0.2.1', transport_protocol: 'TCP' },
        server_2: { proxy_server: '', register_server: '192.0.2.3', transport_protocol: 'UDP' },
      }
      assert.deepEqual(created, expected)
      assert.deepEqual(await phoneIn(NEW, 'phone_id', id), expected)
      // The deprecated list shows the same phone flat, under `id`, without the newer display number.
      assert.deepEqual(await phoneIn(OLD, 'id', id), {
        id,
        authorization_name: 'auth-ada',
        domain: 'pbx.example.com',
        password: 'Secret-1',
        registration_expire_time: 60,
        user_email: 'ada@sip.test',
        user_name: '1001',
        voice_mail: '4000',
        register_server: '192.0.2.1',
        proxy_server: '192.0.2.2',
        transport_protocol: 'TCP',
        register_server2: '192.0.2.3',
        proxy_server2: '',
        transport_protocol2: 'UDP',
      })
    })

    it('enables a phone in the flat shape: 201 without a body; the current list shows it nested', async () => {
      const res = await t.call('POST', OLD, {
        token,
        body: flat('lin@sip.test', {
          registration_expire_time: 127,
          register_server3: '198.51.100.5',
          proxy_server3: '198.51.100.6',
          transport_protocol3: 'AUTO',
        }),
      })
      assert.equal(res.status, 201)
      assert.equal(res.text, '')
      const phone = items((await listed(NEW, '?search_key=lin@sip.test')).phones)
      assert.equal(phone.length, 1)
      assert.deepEqual(phone[0], {
        phone_id: phone[0]?.phone_id,
        authorization_name: 'auth-lin',
        domain: 'cdc.example.org',
        password: 'Secret-2',
        registration_expire_time: 127,
        user_email: 'lin@sip.test',
        user_name: '2002',
        voice_mail: '5000',
        display_number: '',
        server: { proxy_server: '198.51.100.2', register_server: '198.51.100.1', transport_protocol: 'TLS' },
        server_3: { proxy_server: '198.51.100.6', register_server: '198.51.100.5', transport_protocol: 'AUTO' },
      })
    })

    it('an update in either shape changes only what it names, and the other shape reads it back', async () => {
      const id = str((await enable(nested('sam@sip.test', { server_2: { register_server: '192.0.2.7' } }))).phone_id)

      const viaNew = await t.call('PATCH', `${NEW}/${id}`, {
        token,
        body: { server: { proxy_server: '192.0.2.99' }, registration_expire_time: 5, display_number: '7' },
      })
      assert.equal(viaNew.status, 204, JSON.stringify(viaNew.body))
      const afterNew = obj(await phoneIn(OLD, 'id', id))
      assert.equal(afterNew.proxy_server, '192.0.2.99')
      assert.equal(afterNew.register_server, '192.0.2.1')
      assert.equal(afterNew.transport_protocol, 'TCP')
      assert.equal(afterNew.registration_expire_time, 5)
      assert.equal(afterNew.register_server2, '192.0.2.7')

      const viaOld = await t.call('PATCH', `${OLD}/${id}`, {
        token,
        body: { register_server2: '', proxy_server2: '', transport_protocol3: 'TLS', register_server3: '10.0.0.3' },
      })
      assert.equal(viaOld.status, 204, JSON.stringify(viaOld.body))
      const afterOld = obj(await phoneIn(NEW, 'phone_id', id))
      assert.equal(afterOld.server_2, undefined, 'emptied backup server removed')
      assert.deepEqual(afterOld.server_3, { proxy_server: '', register_server: '10.0.0.3', transport_protocol: 'TLS' })
      assert.equal(afterOld.display_number, '7', 'the flat shape leaves the newer field alone')
      assert.equal(obj(afterOld.server).proxy_server, '192.0.2.99')
      assert.equal(afterOld.user_email, 'sam@sip.test')

      // A user cannot be moved to another phone: user_email is not part of either update.
      const moved = await t.call('PATCH', `${NEW}/${id}`, { token, body: { user_email: 'kim@sip.test' } })
      assert.equal(moved.status, 204)
      assert.equal(obj(await phoneIn(NEW, 'phone_id', id)).user_email, 'sam@sip.test')
    })

    it('deletes on either path; the phone is then unknown to both (400/300)', async () => {
      for (const [base, other] of [
        [NEW, OLD],
        [OLD, NEW],
      ] as const) {
        const id = str((await enable(nested('kim@sip.test'))).phone_id)
        const del = await t.call('DELETE', `${base}/${id}`, { token })
        assert.equal(del.status, 204)
        assert.equal(await phoneIn(NEW, 'phone_id', id), undefined)
        for (const [method, path] of [
          ['DELETE', `${base}/${id}`],
          ['DELETE', `${other}/${id}`],
          ['PATCH', `${other}/${id}`],
          ['PATCH', `${base}/${id}`],
        ] as const) {
          const res = await t.call(method, path, { token, body: method === 'PATCH' ? { domain: 'a.b' } : undefined })
          refused(res, 400, 300)
          assert.equal(res.body.message, NOT_FOUND)
        }
      }
    })

    it('a phone belongs to a user of the account: an unknown address is 404/1001', async () => {
      for (const [base, body] of [
        [NEW, nested('nobody@sip.test')],
        [OLD, flat('nobody@sip.test')],
      ] as const) {
        const res = await t.call('POST', base, { token, body })
        refused(res, 404, 1001)
        assert.equal(res.body.message, 'User nobody@sip.test not exist or not belong to this account.')
      }
      const other = await makeAccount(t)
      const res = await t.call('POST', NEW, { token, body: nested(other.owner.email) })
      refused(res, 404, 1001)
    })

    it('one phone per address (400/300 in both shapes); a platform suffix gives the same user another', async () => {
      await enable(nested('eva@sip.test'))
      for (const [base, body] of [
        [NEW, nested('EVA@sip.test')],
        [OLD, flat('eva@sip.test')],
      ] as const) {
        const res = await t.call('POST', base, { token, body })
        refused(res, 400, 300)
        assert.equal(res.body.message, TAKEN)
      }
      const mac = await enable(nested('Eva@SIP.test.Mac', { user_name: '1009' }))
      assert.equal(mac.user_email, 'eva@sip.test.mac', 'addresses are kept lower-cased')
      refused(await t.call('POST', NEW, { token, body: nested('eva@sip.test.mac') }), 400, 300)
      // The user's address finds both; the platform address and the SIP user name find one each.
      assert.equal(items((await listed(NEW, '?search_key=Eva@sip.test')).phones).length, 2)
      assert.equal(items((await listed(OLD, '?search_key=eva@sip.test.mac')).phones).length, 1)
      assert.deepEqual(
        items((await listed(NEW, '?search_key=1009')).phones).map((p) => p.user_email),
        ['eva@sip.test.mac'],
      )
    })

    it('concurrent enables for one address leave one phone; the others get 400/300', async () => {
      const answers = await Promise.all(
        [NEW, OLD, NEW, OLD, NEW].map((base) =>
          t.call('POST', base, { token, body: base === NEW ? nested('zoe@sip.test') : flat('zoe@sip.test') }),
        ),
      )
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 400, 400, 400, 400])
      for (const a of answers.filter((r) => r.status === 400)) assert.equal(a.body.message, TAKEN)
      assert.equal(items((await listed(NEW, '?search_key=zoe@sip.test')).phones).length, 1)
    })

    it('reading needs sip_phone:read:admin, changing needs sip_phone:write:admin (401/4711)', async () => {
      const reader = await tokenWithScopes(t, ['sip_phone:read:admin'])
      assert.equal((await t.call('GET', NEW, { token: reader })).status, 200)
      assert.equal((await t.call('GET', OLD, { token: reader })).status, 200)
      refused(await t.call('POST', NEW, { token: reader, body: nested('max@sip.test') }), 401, 4711)
      refused(await t.call('DELETE', `${OLD}/any`, { token: reader }), 401, 4711)
    })

    it('refuses registrations that break Zoom’s rules with 400/300 naming the field', async () => {
      const missing = await t.call('POST', NEW, { token, body: { user_email: 'joe@sip.test' } })
      refused(missing, 400, 300)
      assert.deepEqual(
        fieldErrors(missing.body)
          .map((e) => e.field)
          .sort(),
        ['authorization_name', 'domain', 'password', 'server', 'user_name'],
      )
      const missingFlat = await t.call('POST', OLD, { token, body: { user_email: 'joe@sip.test' } })
      assert.deepEqual(
        fieldErrors(missingFlat.body)
          .map((e) => e.field)
          .sort(),
        ['authorization_name', 'domain', 'password', 'proxy_server', 'register_server', 'user_name', 'voice_mail'],
      )
      const long = 'x'.repeat(65)
      const cases: Array<[string, Json, string]> = [
        [
          NEW,
          nested('joe@sip.test', { server: { register_server: '1.2.3.4', transport_protocol: 'SIP' } }),
          'server.transport_protocol',
        ],
        [NEW, nested('joe@sip.test', { server: { proxy_server: '1.2.3.4' } }), 'server.register_server'],
        [NEW, nested('joe@sip.test', { registration_expire_time: 0 }), 'registration_expire_time'],
        [NEW, nested('joe@sip.test', { registration_expire_time: 128 }), 'registration_expire_time'],
        [NEW, nested('joe@sip.test', { domain: long }), 'domain'],
        [NEW, nested('joe@sip.test', { authorization_name: '' }), 'authorization_name'],
        [NEW, nested('joe@sip.test', { voice_mail: 'v'.repeat(256) }), 'voice_mail'],
        [NEW, nested('not-an-address'), 'user_email'],
        [OLD, flat('joe@sip.test', { transport_protocol2: 'udp' }), 'transport_protocol2'],
        [OLD, flat('joe@sip.test', { user_name: long }), 'user_name'],
        [OLD, flat('joe@sip.test', { registration_expire_time: 200 }), 'registration_expire_time'],
        [OLD, flat('joe@sip.test', { register_server: '' }), 'register_server'],
      ]
      for (const [base, body, field] of cases) refused(await t.call('POST', base, { token, body }), 400, 300, field)
      // A backup server with a proxy but no register server, named as each shape names it.
      refused(
        await t.call('POST', NEW, { token, body: nested('joe@sip.test', { server_2: { proxy_server: '10.0.0.1' } }) }),
        400,
        300,
        'server_2.register_server',
      )
      refused(
        await t.call('POST', OLD, { token, body: flat('joe@sip.test', { proxy_server3: '10.0.0.1' }) }),
        400,
        300,
        'register_server3',
      )
      // None of these left a phone behind.
      assert.equal(items((await listed(NEW, '?search_key=joe@sip.test')).phones).length, 0)

      const id = str((await enable(nested('joe@sip.test'))).phone_id)
      for (const [path, body, field] of [
        [`${NEW}/${id}`, { server: { register_server: '' } }, 'server.register_server'],
        [`${NEW}/${id}`, { registration_expire_time: 128 }, 'registration_expire_time'],
        [`${NEW}/${id}`, { server_3: { proxy_server: '10.0.0.9' } }, 'server_3.register_server'],
        [`${OLD}/${id}`, { register_server: '' }, 'register_server'],
        [`${OLD}/${id}`, { transport_protocol: 'QUIC' }, 'transport_protocol'],
        [`${OLD}/${id}`, { password: '' }, 'password'],
      ] as const)
        refused(await t.call('PATCH', path, { token, body }), 400, 300, field)
      // The refused updates changed nothing.
      assert.deepEqual(await phoneIn(NEW, 'phone_id', id), {
        ...nested('joe@sip.test'),
        phone_id: id,
        display_number: '',
        registration_expire_time: 60,
      })
    })

    it('pages the current list by token and the deprecated list by token or page number', async () => {
      const all = items((await listed(NEW, '?page_size=300')).phones).map((p) => p.phone_id)
      assert.ok(all.length >= 6, `${all.length} phones`)

      const seen: unknown[] = []
      let next = ''
      do {
        const page = await listed(NEW, `?page_size=2${next ? `&next_page_token=${next}` : ''}`)
        assert.equal(page.page_size, 2)
        assert.equal(page.total_records, undefined, 'the current list carries no totals')
        seen.push(...items(page.phones).map((p) => p.phone_id))
        next = str(page.next_page_token)
      } while (next)
      assert.deepEqual(seen, all)

      const first = await listed(OLD, '?page_size=4')
      assert.equal(first.total_records, all.length)
      assert.equal(first.page_count, Math.ceil(all.length / 4))
      assert.equal(first.page_number, 1)
      // A token of the current list continues the deprecated one: both list the same phones.
      const tokenOfNew = str((await listed(NEW, '?page_size=4')).next_page_token)
      const second = await listed(OLD, `?page_size=4&next_page_token=${tokenOfNew}`)
      const byNumber = await listed(OLD, '?page_size=4&page_number=2')
      assert.equal(byNumber.page_number, 2)
      assert.deepEqual(
        items(second.phones).map((p) => p.id),
        all.slice(4, 8),
      )
      assert.deepEqual(items(byNumber.phones), items(second.phones))

      refused(await t.call('GET', `${NEW}?next_page_token=forged`, { token }), 400, 300)
      refused(await t.call('GET', `${NEW}?page_size=301`, { token }), 400, 300, 'page_size')
      refused(await t.call('GET', `${OLD}?page_size=0`, { token }), 400, 300, 'page_size')
    })

    it('a master account manages a sub account’s phones under /accounts/{accountId}, gated by the sub account’s integration', async () => {
      const sub = await makeAccount(t, { sub: true })
      const base = `/v2/accounts/${sub.account.id}/sip_phones/phones`
      refused(await t.call('GET', base, { token }), 400, 200)
      await setIntegration(true, sub.account.id)
      // The master's own users are not the sub account's.
      refused(await t.call('POST', base, { token, body: nested('ada@sip.test') }), 404, 1001)
      const created = await enable(nested(sub.owner.email), base)
      const id = str(created.phone_id)
      const oldBase = `/v2/accounts/${sub.account.id}/sip_phones`
      assert.deepEqual(
        items((await listed(oldBase)).phones).map((p) => p.id),
        [id],
      )
      assert.equal(await phoneIn(NEW, 'phone_id', id), undefined, 'not in the master’s own list')
      refused(await t.call('PATCH', `${NEW}/${id}`, { token, body: { domain: 'a.b' } }), 400, 300)
      assert.equal((await t.call('PATCH', `${oldBase}/${id}`, { token, body: { domain: 'a.b' } })).status, 204)
      assert.equal(items((await listed(base)).phones)[0]?.domain, 'a.b')
      assert.equal((await t.call('DELETE', `${base}/${id}`, { token })).status, 204)
      assert.deepEqual((await listed(base)).phones, [])
    })

    it('switching the integration off refuses every call again, and on again finds the phones kept', async () => {
      const before = items((await listed(NEW, '?page_size=300')).phones)
      await setIntegration(false)
      refused(await t.call('GET', NEW, { token }), 400, 200)
      refused(await t.call('POST', OLD, { token, body: flat('max@sip.test') }), 400, 200)
      refused(await t.call('DELETE', `${NEW}/${str(before[0]?.phone_id)}`, { token }), 400, 200)
      await setIntegration(true)
      assert.deepEqual(items((await listed(NEW, '?page_size=300')).phones), before)
    })
  })
})
