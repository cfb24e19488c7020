import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { items, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const base = '/v2/h323/devices'
const SCOPES = ['h323:read:admin', 'h323:write:admin', 'account:write:admin', 'account:read:admin']

describe('H.323/SIP devices over HTTP', () => {
  let t: TestServer
  let token: string

  const create = async (body: Json, tok = token, path = base) => {
    const res = await t.call('POST', path, { token: tok, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const listAll = async (tok = token, path = base) => {
    const res = await t.call('GET', `${path}?page_size=300`, { token: tok })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return items(res.body.devices)
  }
  const setFeature = async (on: boolean, tok = token, account = 'me') => {
    const res = await t.call('PATCH', `/v2/accounts/${account}/settings`, {
      token: tok,
      body: { feature: { h323_sip_devices: on } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  describe('create and list', () => {
    it('creates a device (201) with a 16-character id that the list shows as created', async () => {
      const body = { name: 'Board room', protocol: 'H.323', ip: '10.1.2.3', encryption: 'auto' }
      const created = await create(body)
      assert.match(str(created.id), /^[A-Za-z0-9]{16}$/)
      assert.deepEqual(created, { id: created.id, ...body })
      const list = await t.call('GET', base, { token })
      assert.equal(list.status, 200)
      assert.deepEqual(Object.keys(list.body).sort(), [
        'devices',
        'next_page_token',
        'page_count',
        'page_number',
        'page_size',
        'total_records',
      ])
      assert.deepEqual(list.body.devices, [created])
      assert.equal(list.body.total_records, 1)
      assert.equal(list.body.page_size, 30)
      assert.equal(list.body.next_page_token, '')
    })

    it('trims the name and keeps a SIP device with its URI', async () => {
      const created = await create({
        name: '  Huddle 2 ',
        protocol: 'SIP',
        ip: 'sip:huddle2@video.example.com',
        encryption: 'yes',
      })
      assert.deepEqual(created, {
        id: created.id,
        name: 'Huddle 2',
        protocol: 'SIP',
        ip: 'sip:huddle2@video.example.com',
        encryption: 'yes',
      })
      assert.ok((await listAll()).some((d) => d.id === created.id && d.name === 'Huddle 2'))
    })

    it('a name in use in the account, in any case, is 404/2020; another account may use it', async () => {
      const dup = await t.call('POST', base, {
        token,
        body: { name: 'BOARD ROOM', protocol: 'SIP', ip: '10.9.9.9', encryption: 'no' },
      })
      assert.equal(dup.status, 404)
      assert.deepEqual(dup.body, { code: 2020, message: "H.323 device's display name:BOARD ROOM is already in use." })
      const other = await makeAccount(t, { scopes: SCOPES })
      await create({ name: 'Board room', protocol: 'H.323', ip: '10.1.2.3', encryption: 'auto' }, await other.token())
    })

    it('refuses missing, blank, too long and mistyped members with 400/300 naming the field', async () => {
      const good: Json = { name: 'Lab', protocol: 'H.323', ip: '192.0.2.10', encryption: 'auto' }
      for (const field of Object.keys(good)) {
        const { [field]: _gone, ...body } = good
        refused(await t.call('POST', base, { token, body }), 400, 300, field)
      }
      refused(await t.call('POST', base, { token, body: { ...good, name: 'x'.repeat(65) } }), 400, 300, 'name')
      refused(await t.call('POST', base, { token, body: { ...good, protocol: 'H323' } }), 400, 300, 'protocol')
      refused(await t.call('POST', base, { token, body: { ...good, encryption: 'maybe' } }), 400, 300, 'encryption')
      refused(await t.call('POST', base, { token, body: { ...good, ip: 5 } }), 400, 300, 'ip')
      const blank = await t.call('POST', base, { token, body: { ...good, name: '   ' } })
      assert.deepEqual(blank.body, { code: 300, message: 'Missing field: name.' })
      const longest = await create({ ...good, name: 'y'.repeat(64) })
      assert.equal(longest.name, 'y'.repeat(64))
    })

    it('an H.323 device takes an IPv4 or IPv6 address or a host name, with an optional port', async () => {
      const accepted = [
        '10.0.0.1',
        '2001:db8::7',
        'codec.rooms.example.com',
        'codec',
        '10.0.0.1:1720',
        '[2001:db8::8]:1720',
      ]
      for (const [n, ip] of accepted.entries()) {
        const created = await create({ name: `H323 ${n}`, protocol: 'H.323', ip, encryption: 'auto' })
        assert.equal(created.ip, ip)
      }
      const rejected = [
        'sip:room@example.com',
        '999.1.1.1',
        '10.0.0',
        'bad host',
        'room@10.0.0.1',
        '-x.example.com',
        '10.0.0.1:0',
        '10.0.0.1:99999',
      ]
      for (const ip of rejected) {
        const res = await t.call('POST', base, {
          token,
          body: { name: `bad ${ip}`, protocol: 'H.323', ip, encryption: 'auto' },
        })
        refused(res, 400, 300, 'ip')
        assert.deepEqual(
          res.body.errors,
          [{ field: 'ip', message: 'Invalid field. Expected an IP address or a host name.' }],
          ip,
        )
      }
    })

    it('a SIP device takes a SIP URI, user@host, an address or a host name', async () => {
      const accepted = [
        'sip:room1@example.com',
        'sips:room2@[2001:db8::5]:5061',
        'room3@10.0.0.5',
        '10.0.0.7',
        'sip.example.com',
        'sip:10.0.0.9:5060',
      ]
      for (const [n, ip] of accepted.entries()) {
        const created = await create({ name: `SIP ${n}`, protocol: 'SIP', ip, encryption: 'no' })
        assert.equal(created.ip, ip)
      }
      for (const ip of ['sip:', 'room@', 'http://x.example.com/', 'sip:room@bad host', '@example.com']) {
        const res = await t.call('POST', base, {
          token,
          body: { name: `bad ${ip}`, protocol: 'SIP', ip, encryption: 'no' },
        })
        refused(res, 400, 300, 'ip')
        assert.deepEqual(res.body.errors, [
          { field: 'ip', message: 'Invalid field. Expected a SIP URI, an IP address or a host name.' },
        ])
      }
    })
  })

  describe('update and delete', () => {
    it('PATCH (204) changes what it names, read back in the list', async () => {
      const created = await create({ name: 'Studio', protocol: 'H.323', ip: '10.2.0.1', encryption: 'auto' })
      const res = await t.call('PATCH', `${base}/${str(created.id)}`, {
        token,
        body: { name: 'Studio A', protocol: 'SIP', ip: 'sip:studio@example.com', encryption: 'yes' },
      })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      assert.equal(res.text, '')
      const expected = {
        id: created.id,
        name: 'Studio A',
        protocol: 'SIP',
        ip: 'sip:studio@example.com',
        encryption: 'yes',
      }
      assert.deepEqual(
        (await listAll()).find((d) => d.id === created.id),
        expected,
      )
      // Only the encryption: the rest stays.
      assert.equal(
        (await t.call('PATCH', `${base}/${str(created.id)}`, { token, body: { encryption: 'no' } })).status,
        204,
      )
      assert.deepEqual(
        (await listAll()).find((d) => d.id === created.id),
        { ...expected, encryption: 'no' },
      )
      // Its own name in another case is not a clash.
      assert.equal(
        (await t.call('PATCH', `${base}/${str(created.id)}`, { token, body: { name: 'STUDIO A' } })).status,
        204,
      )
      assert.equal((await listAll()).find((d) => d.id === created.id)?.name, 'STUDIO A')
    })

    it('checks the address against the protocol the device ends up with (400/300)', async () => {
      const created = await create({
        name: 'Desk SIP',
        protocol: 'SIP',
        ip: 'sip:desk@example.com',
        encryption: 'auto',
      })
      const path = `${base}/${str(created.id)}`
      refused(await t.call('PATCH', path, { token, body: { protocol: 'H.323' } }), 400, 300, 'ip')
      assert.equal((await t.call('PATCH', path, { token, body: { protocol: 'H.323', ip: '10.3.0.1' } })).status, 204)
      refused(await t.call('PATCH', path, { token, body: { ip: 'desk@10.3.0.1' } }), 400, 300, 'ip')
      assert.deepEqual(
        (await listAll()).find((d) => d.id === created.id),
        {
          id: created.id,
          name: 'Desk SIP',
          protocol: 'H.323',
          ip: '10.3.0.1',
          encryption: 'auto',
        },
      )
    })

    it("renaming to another device's name is 404/2020; bad members are 400/300", async () => {
      const a = await create({ name: 'Alpha', protocol: 'H.323', ip: '10.4.0.1', encryption: 'auto' })
      await create({ name: 'Beta', protocol: 'H.323', ip: '10.4.0.2', encryption: 'auto' })
      const clash = await t.call('PATCH', `${base}/${str(a.id)}`, { token, body: { name: ' beta ' } })
      assert.equal(clash.status, 404)
      assert.deepEqual(clash.body, { code: 2020, message: "H.323 device's display name:beta is already in use." })
      refused(
        await t.call('PATCH', `${base}/${str(a.id)}`, { token, body: { name: 'z'.repeat(65) } }),
        400,
        300,
        'name',
      )
      refused(
        await t.call('PATCH', `${base}/${str(a.id)}`, { token, body: { encryption: 'on' } }),
        400,
        300,
        'encryption',
      )
      assert.deepEqual((await t.call('PATCH', `${base}/${str(a.id)}`, { token, body: { name: '' } })).body.code, 300)
      assert.equal((await listAll()).find((d) => d.id === a.id)?.name, 'Alpha')
    })

    it('DELETE (204) removes the device; an unknown device is 404/300 for PATCH and DELETE', async () => {
      const created = await create({ name: 'Temp', protocol: 'SIP', ip: '10.5.0.1', encryption: 'no' })
      const del = await t.call('DELETE', `${base}/${str(created.id)}`, { token })
      assert.equal(del.status, 204)
      assert.ok(!(await listAll()).some((d) => d.id === created.id))
      for (const [method, body] of [['DELETE'], ['PATCH', { encryption: 'yes' }]] as Array<[string, unknown?]>) {
        const res = await t.call(method, `${base}/${str(created.id)}`, { token, body })
        assert.equal(res.status, 404, method)
        assert.deepEqual(res.body, { code: 300, message: `H.323 Device does not exist: ${str(created.id)}.` })
      }
      // The name is free again.
      await create({ name: 'Temp', protocol: 'SIP', ip: '10.5.0.2', encryption: 'no' })
    })

    it("another account's device is unknown here (404/300)", async () => {
      const other = await makeAccount(t, { scopes: SCOPES })
      const theirs = await create(
        { name: 'Theirs', protocol: 'H.323', ip: '10.6.0.1', encryption: 'auto' },
        await other.token(),
      )
      const res = await t.call('DELETE', `${base}/${str(theirs.id)}`, { token })
      refused(res, 404, 300)
      assert.equal((await listAll(await other.token())).length, 1)
    })
  })

  describe('paging', () => {
    it('pages oldest first with next_page_token and page_number; page_size above 300 is 400/300', async () => {
      const other = await makeAccount(t, { scopes: SCOPES })
      const tok = await other.token()
      const ids: string[] = []
      for (let i = 0; i < 35; i++)
        ids.push(
          str(
            (await create({ name: `Room ${i}`, protocol: 'H.323', ip: `10.7.0.${i + 1}`, encryption: 'auto' }, tok)).id,
          ),
        )
      const first = await t.call('GET', base, { token: tok })
      assert.equal(first.body.total_records, 35)
      assert.equal(first.body.page_count, 2)
      assert.equal(first.body.page_number, 1)
      assert.deepEqual(
        items(first.body.devices).map((d) => d.id),
        ids.slice(0, 30),
      )
      const second = await t.call('GET', `${base}?next_page_token=${str(first.body.next_page_token)}`, { token: tok })
      assert.deepEqual(
        items(second.body.devices).map((d) => d.id),
        ids.slice(30),
      )
      assert.equal(second.body.next_page_token, '')
      const numbered = await t.call('GET', `${base}?page_size=10&page_number=2`, { token: tok })
      assert.deepEqual(
        items(numbered.body.devices).map((d) => d.id),
        ids.slice(10, 20),
      )
      refused(await t.call('GET', `${base}?page_size=301`, { token: tok }), 400, 300, 'page_size')
      refused(await t.call('GET', `${base}?next_page_token=forged`, { token: tok }), 400, 300)
    })
  })

  describe('the account feature', () => {
    it('switched off, every operation is 400/200 "No permission." (before any lookup); on again, devices are back', async () => {
      const other = await makeAccount(t, { scopes: SCOPES })
      const tok = await other.token()
      const kept = await create({ name: 'Kept', protocol: 'SIP', ip: '10.8.0.1', encryption: 'auto' }, tok)
      await setFeature(false, tok)
      const calls: Array<[string, string, unknown?]> = [
        ['GET', base],
        ['POST', base, { name: 'New', protocol: 'H.323', ip: '10.8.0.2', encryption: 'auto' }],
        ['PATCH', `${base}/${str(kept.id)}`, { name: 'Renamed' }],
        ['DELETE', `${base}/${str(kept.id)}`],
        ['DELETE', `${base}/unknown-device`],
      ]
      for (const [method, path, body] of calls) {
        const res = await t.call(method, path, { token: tok, body })
        assert.equal(res.status, 400, `${method} ${path}`)
        assert.deepEqual(res.body, { code: 200, message: 'No permission.' })
      }
      await setFeature(true, tok)
      assert.deepEqual(await listAll(tok), [kept])
    })

    it('a Pro account has no room devices until the feature is switched on', async () => {
      const pro = await makeAccount(t, { plan: 'pro', scopes: SCOPES })
      const tok = await pro.token()
      refused(await t.call('GET', base, { token: tok }), 400, 200)
      await setFeature(true, tok)
      await create({ name: 'Pro room', protocol: 'H.323', ip: '10.9.0.1', encryption: 'auto' }, tok)
      assert.equal((await listAll(tok)).length, 1)
    })

    it('reading needs h323:read:admin and writing h323:write:admin (401/4711)', async () => {
      const readOnly = await tokenWithScopes(t, ['h323:read:admin'])
      assert.equal((await t.call('GET', base, { token: readOnly })).status, 200)
      refused(
        await t.call('POST', base, {
          token: readOnly,
          body: { name: 'N', protocol: 'SIP', ip: '10.0.0.1', encryption: 'no' },
        }),
        401,
        4711,
      )
    })

    it("a master account manages a sub account's devices under /accounts/{accountId}", async () => {
      const sub = await makeAccount(t, { sub: true })
      const subBase = `/v2/accounts/${sub.account.id}/h323/devices`
      // The name is taken in the master account, not in the sub account.
      const created = await create(
        { name: 'Board room', protocol: 'H.323', ip: '10.10.0.1', encryption: 'auto' },
        token,
        subBase,
      )
      assert.deepEqual(await listAll(token, subBase), [created])
      assert.ok(!(await listAll()).some((d) => d.id === created.id))
      assert.equal(
        (await t.call('PATCH', `${subBase}/${str(created.id)}`, { token, body: { encryption: 'yes' } })).status,
        204,
      )
      assert.equal((await listAll(token, subBase))[0]?.encryption, 'yes')
      await setFeature(false, token, sub.account.id)
      refused(await t.call('GET', subBase, { token }), 400, 200)
      await setFeature(true, token, sub.account.id)
      assert.equal((await t.call('DELETE', `${subBase}/${str(created.id)}`, { token })).status, 204)
      assert.deepEqual(await listAll(token, subBase), [])
    })
  })
})
