import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { addUser, startWithOwner } from '../helpers/fixtures.js'
import { at, items, num, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const US_NUMBERS = [
  '+1 6465588656',
  '+1 6699006833',
  '+1 3126266799',
  '+1 3462487799',
  '+1 2532158782',
  '+1 3017158592',
]

describe('PAC accounts over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string

  const pac = async (userId: string, tok = token) => {
    const res = await t.call('GET', `/v2/users/${userId}/pac`, { token: tok })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.deepEqual(Object.keys(res.body), ['pac_accounts'])
    return at(items(res.body.pac_accounts), 0, 'PAC account')
  }
  const setFeature = async (on: boolean, tok = token, account = 'me') => {
    const res = await t.call('PATCH', `/v2/accounts/${account}/settings`, {
      token: tok,
      body: { feature: { personal_audio_conference: on } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  it("returns the user's one PAC account: conference id, two 6-digit passcodes, the US dial-in numbers", async () => {
    const res = await t.call('GET', '/v2/users/me/pac', { token })
    assert.equal(res.status, 200)
    const accounts = items(res.body.pac_accounts)
    assert.equal(accounts.length, 1)
    const account = at(accounts, 0)
    assert.deepEqual(Object.keys(account).sort(), [
      'conference_id',
      'dedicated_dial_in_number',
      'global_dial_in_numbers',
      'listen_only_password',
      'participant_password',
    ])
    assert.ok(Number.isInteger(account.conference_id))
    assert.match(String(num(account.conference_id)), /^[1-9][0-9]{9}$/)
    assert.match(str(account.listen_only_password), /^[0-9]{6}$/)
    assert.match(str(account.participant_password), /^[0-9]{6}$/)
    assert.notEqual(account.listen_only_password, account.participant_password)
    assert.deepEqual(
      account.global_dial_in_numbers,
      US_NUMBERS.map((number) => ({ country: 'US', country_name: 'US', number, type: 'toll' })),
    )
    assert.deepEqual(account.dedicated_dial_in_number, [])
  })

  it('is the same on every read and by id, email or me; each user has an account of their own', async () => {
    const mine = await pac('me')
    assert.deepEqual(await pac(ownerId), mine)
    const email = str((await t.call('GET', '/v2/users/me', { token })).body.email)
    assert.deepEqual(await pac(email), mine)
    const other = await pac(await addUser(t, token, 'pac-other@example.com'))
    assert.notEqual(other.conference_id, mine.conference_id)
  })

  it("lists the numbers of the user's phone country before the United States'", async () => {
    const id = await addUser(t, token, 'pac-gb@example.com')
    const set = await t.call('PATCH', `/v2/users/${id}`, { token, body: { phone_country: 'GB' } })
    assert.equal(set.status, 204, JSON.stringify(set.body))
    const numbers = items((await pac(id)).global_dial_in_numbers)
    assert.deepEqual(
      numbers.map((n: Json) => [n.country, n.country_name, n.number]),
      [
        ['GB', 'United Kingdom', '+44 2034815237'],
        ['GB', 'United Kingdom', '+44 2034815240'],
        ...US_NUMBERS.map((n) => ['US', 'US', n]),
      ],
    )
  })

  it('an unknown user is 404/1001; a user without a paid licence has no PAC (400/2024)', async () => {
    const unknown = await t.call('GET', '/v2/users/nobody-here/pac', { token })
    assert.equal(unknown.status, 404)
    assert.deepEqual(unknown.body, { code: 1001, message: 'User does not exist: nobody-here.' })
    const basic = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'custCreate', user_info: { email: 'pac-basic@example.com', type: 1, first_name: 'B' } },
    })
    assert.equal(basic.status, 201, JSON.stringify(basic.body))
    const res = await t.call('GET', `/v2/users/${str(basic.body.id)}/pac`, { token })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 2024, message: 'User does not have PAC enabled.' })
  })

  it('with the account feature off every user, known or not, is 400/2024; on again, the same account is back', async () => {
    const before = await pac('me')
    await setFeature(false)
    for (const userId of ['me', ownerId, 'nobody-here']) {
      const res = await t.call('GET', `/v2/users/${userId}/pac`, { token })
      assert.equal(res.status, 400, userId)
      assert.deepEqual(res.body, { code: 2024, message: 'User does not have PAC enabled.' })
    }
    await setFeature(true)
    assert.deepEqual(await pac('me'), before)
  })

  it('a Pro account has no PAC until the feature is switched on', async () => {
    const pro = await makeAccount(t, { plan: 'pro', scopes: ['pac:read:admin', 'account:write:admin'] })
    const tok = await pro.token()
    refused(await t.call('GET', `/v2/users/${pro.owner.id}/pac`, { token: tok }), 400, 2024)
    await setFeature(true, tok)
    assert.match(String((await pac(pro.owner.id, tok)).conference_id), /^[0-9]{10}$/)
  })

  it("a master account reads a sub account user's PAC under /accounts/{accountId}", async () => {
    const sub = await makeAccount(t, { sub: true })
    const res = await t.call('GET', `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/pac`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(items(res.body.pac_accounts).length, 1)
    // Not a user of the master account.
    refused(await t.call('GET', `/v2/users/${sub.owner.id}/pac`, { token }), 404, 1001)
  })

  it('pac:read reaches the token user only; no PAC scope is 401/4711', async () => {
    const userLevel = await tokenWithScopes(t, ['pac:read'])
    assert.deepEqual(await pac('me', userLevel), await pac('me'))
    const other = await addUser(t, token, 'pac-scope@example.com')
    const res = await t.call('GET', `/v2/users/${other}/pac`, { token: userLevel })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 200)
    refused(
      await t.call('GET', '/v2/users/me/pac', { token: await tokenWithScopes(t, ['user:read:admin']) }),
      401,
      4711,
    )
  })
})
