import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { refused, zoomError, type View } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'
import type {
  AssignTrunksResponse,
  TrunkConfigResponse,
  TrunkNumbersResponse,
  TrunksResponse,
} from '../../src/schemas/sip-connected-audio/trunks.js'

type Trunks = View<typeof TrunksResponse>
type Assigned = View<typeof AssignTrunksResponse>
type Numbers = View<typeof TrunkNumbersResponse>
type Config = View<typeof TrunkConfigResponse>

const SCOPES = ['sip_trunk:master', 'sip_trunk:read:admin']

describe('SIP Connected Audio: trunks, trunk numbers and trunk configuration over HTTP', () => {
  let t: TestServer
  let token: string
  /** A sub account of the seeded master, with a token of its own. */
  let sub: Awaited<ReturnType<typeof makeAccount>>
  let subToken: string
  /** Another sub account, whose plan stays off. */
  let bare: Awaited<ReturnType<typeof makeAccount>>
  /** An account outside the master's family. */
  let stranger: Awaited<ReturnType<typeof makeAccount>>

  const base = (accountId: string) => `/v2/accounts/${accountId}/sip_trunk`
  const switchPlan = async (accountId: string, on: boolean) => {
    const res = await t.call('PATCH', `/v2/accounts/${accountId}/settings`, {
      token,
      body: { feature: { sip_connected_audio: on } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }
  const trunks = async (accountId: string, as = token) => {
    const res = await t.call<Trunks>('GET', `${base(accountId)}/trunks`, { token: as })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.total_records, res.body.sip_trunks.length)
    return res.body.sip_trunks
  }
  const numbers = async (as: string) => {
    const res = await t.call<Numbers>('GET', '/v2/sip_trunk/numbers', { token: as })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.total_records, res.body.phone_numbers.length)
    return res.body.phone_numbers
  }
  const config = async (accountId: string) => {
    const res = await t.call<Config>('GET', `${base(accountId)}/settings`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }
  const assignTrunks = (accountId: string, body: unknown) =>
    t.call<Assigned>('POST', `${base(accountId)}/trunks`, { token, body })
  const assignNumbers = (accountId: string, body: unknown) =>
    t.call('POST', `${base(accountId)}/numbers`, { token, body })
  /** Every account-addressed operation once, with a body each accepts. */
  const accountCalls = (accountId: string, as = token) => [
    t.call('POST', `${base(accountId)}/trunks`, { token: as, body: { sip_trunks: [{ id: 'x', dnis: '188881' }] } }),
    t.call('GET', `${base(accountId)}/trunks`, { token: as }),
    t.call('DELETE', `${base(accountId)}/trunks/x`, { token: as }),
    t.call('PATCH', `${base(accountId)}/settings`, { token: as, body: { enable: true } }),
    t.call('GET', `${base(accountId)}/settings`, { token: as }),
    t.call('POST', `${base(accountId)}/numbers`, { token: as, body: { phone_numbers: ['+18888120001'] } }),
    t.call('DELETE', `${base(accountId)}/numbers`, { token: as }),
  ]

  before(async () => {
    ;({ t, token } = await startWithToken())
    sub = await makeAccount(t, { sub: true, scopes: SCOPES, name: 'Sub with trunks' })
    subToken = await sub.token()
    bare = await makeAccount(t, { sub: true, scopes: SCOPES, name: 'Sub without the plan' })
    stranger = await makeAccount(t, { scopes: SCOPES, name: 'Stranger' })
  })
  after(() => t.close())

  it('refuses every operation with 400/2100 while the plan is off, on the master and on a sub account', async () => {
    for (const res of await Promise.all([...accountCalls('me'), ...accountCalls(sub.account.id)]))
      refused(res, 400, 2100)
    refused(await t.call('GET', '/v2/sip_trunk/numbers', { token }), 400, 2100)
    refused(await t.call('GET', '/v2/sip_trunk/numbers', { token: subToken }), 400, 2100)
    const res = await t.call('GET', `${base('me')}/trunks`, { token })
    assert.equal(res.body.message, 'This sub account has no sip trunk plan.')
  })

  it('answers 404/2001 for an account that is neither the master nor one of its sub accounts', async () => {
    await switchPlan('me', true)
    for (const id of ['no-such-account', stranger.account.id])
      for (const res of await Promise.all(accountCalls(id))) refused(res, 404, 2001)
  })

  it('provisions the master’s pool once: two trunks with a shared DNIS prefix, and three numbers', async () => {
    // First uses arriving together provision one pool between them.
    const firsts = await Promise.all([trunks('me'), trunks('me'), numbers(token), trunks('me')])
    const pool = await trunks('me')
    for (const seen of [firsts[0], firsts[1], firsts[3]]) assert.deepEqual(seen, pool)
    assert.equal(pool.length, 2)
    assert.deepEqual(
      pool.map(({ id: _, ...rest }) => rest),
      [
        {
          name: 'Primary SIP trunk',
          sip_server_address: 'sip1.trunk.example.net',
          dnis: '1888812345',
          number_prefix: '0',
        },
        {
          name: 'Backup SIP trunk',
          sip_server_address: 'sip2.trunk.example.net',
          dnis: '1888812346',
          number_prefix: '1',
        },
      ],
    )
    assert.match(pool[0].id, /^[A-Za-z0-9_-]{22}$/)
    assert.deepEqual(await trunks(t.seed.accountId), pool, 'the master’s own id reads the same pool')
    assert.deepEqual(await numbers(token), [
      { number: '+18888120001', country: 'US' },
      { number: '+18888120002', country: 'US' },
      { number: '+442071230001', country: 'GB' },
    ])
  })

  it('refuses a sub account without the plan, whatever the master holds', async () => {
    for (const res of await Promise.all(accountCalls(bare.account.id))) refused(res, 400, 2100)
  })

  describe('trunks of a sub account', () => {
    let pool: Trunks['sip_trunks']
    before(async () => {
      await switchPlan(sub.account.id, true)
      pool = await trunks('me')
    })

    it('assigns pool trunks with the sub account’s DNIS and caller ID (201), and lists them', async () => {
      assert.deepEqual(await trunks(sub.account.id), [])
      const res = await assignTrunks(sub.account.id, {
        sip_trunks: [
          { id: pool[0].id, dnis: '18888101', outbound_caller_id: '+14155550100' },
          { id: pool[1].id, dnis: '188882' },
        ],
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.deepEqual(res.body, {
        sip_trunks: [
          { ...pool[0], dnis: '18888101' },
          { ...pool[1], dnis: '188882' },
        ],
      })
      assert.deepEqual(await trunks(sub.account.id), [
        { ...pool[0], dnis: '18888101', outbound_caller_id: '+14155550100' },
        { ...pool[1], dnis: '188882' },
      ])
      assert.deepEqual(await trunks('me'), pool, 'the master’s pool is unchanged')
      // A sub account with the plan reads its own trunks with its own token.
      assert.deepEqual(await trunks('me', subToken), await trunks(sub.account.id))
    })

    it('assigning a trunk again replaces its DNIS and caller ID', async () => {
      const res = await assignTrunks(sub.account.id, { sip_trunks: [{ id: pool[0].id, dnis: '1888877' }] })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      const listed = await trunks(sub.account.id)
      assert.equal(listed.length, 2)
      assert.deepEqual(listed[0], { ...pool[0], dnis: '1888877' })
    })

    it('refuses bodies Zoom refuses, and keeps the trunks as they were', async () => {
      const before = await trunks(sub.account.id)
      const [id, other] = [pool[0].id, pool[1].id]
      refused(await assignTrunks(sub.account.id, {}), 400, 300, 'sip_trunks')
      refused(await assignTrunks(sub.account.id, { sip_trunks: [] }), 400, 300, 'sip_trunks')
      refused(await assignTrunks(sub.account.id, { sip_trunks: [{ dnis: '188881' }] }), 400, 300, 'sip_trunks.0.id')
      refused(await assignTrunks(sub.account.id, { sip_trunks: [{ id }] }), 400, 300, 'sip_trunks.0.dnis')
      for (const dnis of ['188881234', '18888a1'])
        refused(await assignTrunks(sub.account.id, { sip_trunks: [{ id, dnis }] }), 400, 300, 'sip_trunks.0.dnis')
      // The DNIS must extend the first five digits of the pool trunk's DNIS.
      for (const dnis of ['1999912', '18888'])
        refused(await assignTrunks(sub.account.id, { sip_trunks: [{ id, dnis }] }), 400, 300, 'sip_trunks.0.dnis')
      refused(
        await assignTrunks(sub.account.id, {
          sip_trunks: [
            { id: other, dnis: '1888855' },
            { id: other, dnis: '1888856' },
          ],
        }),
        400,
        300,
        'sip_trunks.1.id',
      )
      const unknown = await assignTrunks(sub.account.id, {
        sip_trunks: [
          { id: other, dnis: '1888855' },
          { id: 'notAPoolTrunk', dnis: '1888856' },
        ],
      })
      refused(unknown, 400, 400)
      assert.equal(zoomError(unknown.body).message, 'This SIP trunk does not belong to master account: notAPoolTrunk.')
      assert.deepEqual(await trunks(sub.account.id), before)
    })

    it('refuses trunk writes from a sub account’s own token with 400/200', async () => {
      refused(
        await t.call('POST', `${base('me')}/trunks`, {
          token: subToken,
          body: { sip_trunks: [{ id: pool[0].id, dnis: '188883' }] },
        }),
        400,
        200,
      )
      refused(await t.call('DELETE', `${base('me')}/trunks/${pool[0].id}`, { token: subToken }), 400, 200)
      assert.equal((await trunks(sub.account.id)).length, 2)
    })

    it('deletes one trunk (204); a trunk the account lacks is 404', async () => {
      const del = await t.call('DELETE', `${base(sub.account.id)}/trunks/${pool[1].id}`, { token })
      assert.equal(del.status, 204, del.text)
      assert.deepEqual(
        (await trunks(sub.account.id)).map((x) => x.id),
        [pool[0].id],
      )
      const again = await t.call('DELETE', `${base(sub.account.id)}/trunks/${pool[1].id}`, { token })
      refused(again, 404, 404)
      assert.equal(again.body.message, `SIP trunk does not exist: ${pool[1].id}.`)
      assert.deepEqual(await trunks('me'), pool, 'the pool keeps the trunk')
    })

    it('the master may take a trunk off its own pool, which is not provisioned again', async () => {
      const del = await t.call('DELETE', `${base('me')}/trunks/${pool[1].id}`, { token })
      assert.equal(del.status, 204, del.text)
      assert.deepEqual(await trunks('me'), [pool[0]])
      assert.deepEqual(await trunks('me'), [pool[0]])
      refused(await assignTrunks(sub.account.id, { sip_trunks: [{ id: pool[1].id, dnis: '188884' }] }), 400, 400)
    })
  })

  describe('numbers', () => {
    it('assigns numbers of the master to a sub account (201); the sub account lists them', async () => {
      assert.deepEqual(await numbers(subToken), [])
      const res = await assignNumbers(sub.account.id, {
        phone_numbers: ['+442071230001', '18888120002', '+18888120002'],
      })
      assert.equal(res.status, 201, res.text)
      assert.equal(res.text, '')
      assert.deepEqual(await numbers(subToken), [
        { number: '+442071230001', country: 'GB' },
        { number: '+18888120002', country: 'US' },
      ])
      // Assigning a number again changes nothing.
      assert.equal((await assignNumbers(sub.account.id, { phone_numbers: ['+18888120002'] })).status, 201)
      assert.equal((await numbers(subToken)).length, 2)
    })

    it('refuses numbers the master does not have, and malformed bodies', async () => {
      const res = await assignNumbers(sub.account.id, { phone_numbers: ['+18888120001', '+15555550123'] })
      refused(res, 400, 400)
      assert.equal(res.body.message, 'This number does not belong to master account.')
      refused(await assignNumbers(sub.account.id, {}), 400, 300, 'phone_numbers')
      refused(await assignNumbers(sub.account.id, { phone_numbers: [] }), 400, 300, 'phone_numbers')
      refused(await assignNumbers(sub.account.id, { phone_numbers: ['call me'] }), 400, 300, 'phone_numbers.0')
      assert.equal((await numbers(subToken)).length, 2, 'nothing was added')
      refused(
        await t.call('POST', `${base('me')}/numbers`, { token: subToken, body: { phone_numbers: ['+18888120001'] } }),
        400,
        200,
      )
    })

    it('deletes all numbers of a sub account (204), leaving the master’s', async () => {
      for (let i = 0; i < 2; i++) {
        const res = await t.call('DELETE', `${base(sub.account.id)}/numbers`, { token })
        assert.equal(res.status, 204, res.text)
      }
      assert.deepEqual(await numbers(subToken), [])
      assert.equal((await numbers(token)).length, 3)
    })

    it('on the master itself, assigning its own numbers changes nothing and deleting empties its list for good', async () => {
      assert.equal((await assignNumbers('me', { phone_numbers: ['+18888120001'] })).status, 201)
      assert.equal((await numbers(token)).length, 3)
      const res = await t.call('DELETE', `${base('me')}/numbers`, { token })
      assert.equal(res.status, 204, res.text)
      assert.deepEqual(await numbers(token), [])
      assert.deepEqual(await numbers(token), [])
      refused(await assignNumbers(sub.account.id, { phone_numbers: ['+18888120001'] }), 400, 400)
    })
  })

  describe('trunk configuration', () => {
    it('reads Zoom’s defaults until set, then what PATCH changed (204), field by field', async () => {
      assert.deepEqual(await config(sub.account.id), {
        enable: false,
        show_callout_internal_number: false,
        show_zoom_provided_callout_countries: true,
        show_zoom_provided_numbers: 0,
        enable_all_settings_from_master_account: false,
      })
      let res = await t.call('PATCH', `${base(sub.account.id)}/settings`, {
        token,
        body: { enable: true, show_zoom_provided_numbers: 2 },
      })
      assert.equal(res.status, 204, res.text)
      res = await t.call('PATCH', `${base(sub.account.id)}/settings`, {
        token,
        body: { show_callout_internal_number: true, enable_all_settings_from_master_account: true },
      })
      assert.equal(res.status, 204, res.text)
      assert.deepEqual(await config(sub.account.id), {
        enable: true,
        show_callout_internal_number: true,
        show_zoom_provided_callout_countries: true,
        show_zoom_provided_numbers: 2,
        enable_all_settings_from_master_account: true,
      })
      // The master's own configuration is its own.
      assert.equal((await config('me')).enable, false)
      res = await t.call('PATCH', `${base('me')}/settings`, {
        token,
        body: { show_zoom_provided_callout_countries: false },
      })
      assert.equal(res.status, 204, res.text)
      assert.equal((await config('me')).show_zoom_provided_callout_countries, false)
      assert.equal((await config(sub.account.id)).show_zoom_provided_callout_countries, true)
    })

    it('refuses values outside Zoom’s and keeps the configuration', async () => {
      const before = await config(sub.account.id)
      const patch = (body: unknown) => t.call('PATCH', `${base(sub.account.id)}/settings`, { token, body })
      refused(await patch({ show_zoom_provided_numbers: 3 }), 400, 300, 'show_zoom_provided_numbers')
      refused(await patch({ enable: 'yes' }), 400, 300, 'enable')
      assert.deepEqual(await config(sub.account.id), before)
      refused(await t.call('GET', `${base('me')}/settings`, { token: subToken }), 400, 200)
    })

    it('switching the plan off refuses again, and on again finds everything kept', async () => {
      await switchPlan(sub.account.id, false)
      for (const res of await Promise.all(accountCalls(sub.account.id))) refused(res, 400, 2100)
      refused(await t.call('GET', '/v2/sip_trunk/numbers', { token: subToken }), 400, 2100)
      await switchPlan(sub.account.id, true)
      assert.equal((await config(sub.account.id)).enable, true)
      assert.equal((await trunks(sub.account.id)).length, 1)
    })
  })
})
