import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const DEFAULT_INFO = {
  dial_in_number_unrestricted: false,
  dial_in_numbers: [],
  enable: false,
  master_account_setting_extended: false,
  modify_credential_forbidden: false,
  tsp_bridge: 'US_TSP_TB',
  tsp_enabled: false,
  tsp_provider: '',
}

const US = { code: '1', country_label: 'US', number: '+1 6465550100', type: 'toll' }
const US_FREE = { code: '1', number: '+1 8005550199', type: 'tollfree' }
const LINK = { code: '1', number: '+1 2125550111', type: 'media_link' }

interface TspCredentials {
  conference_code: string
  leader_pin: string
  tsp_bridge: string
  dial_in_numbers: Json[]
}
interface TspEventObject {
  id: string
  email: string
  tsp_credentials: TspCredentials
}

describe('TSP over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let userId: string
  const email = 'tsp.user@example.com'

  const setInfo = async (body: Json) => {
    const res = await t.call('PATCH', '/v2/tsp', { token, body })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }
  const info = async () => (await t.call('GET', '/v2/tsp', { token })).body
  const accounts = (user: string) => `/v2/users/${user}/tsp`
  const add = (user: string, body: Json) => t.call('POST', accounts(user), { token, body })
  const list = async (user: string) => {
    const res = await t.call('GET', accounts(user), { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return items(res.body.tsp_accounts)
  }

  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    userId = await addUser(t, token, email)
  })
  after(() => t.close())

  describe("the account's TSP information", () => {
    it('shows TSP off, the US bridge and no numbers until it is changed', async () => {
      const res = await t.call('GET', '/v2/tsp', { token })
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, DEFAULT_INFO)
    })

    it('PATCH changes only the members sent (204), one after another, and the change is read back', async () => {
      await setInfo({ tsp_provider: 'Acme Audio', tsp_bridge: 'EU_TSP_TB' })
      assert.deepEqual(await info(), { ...DEFAULT_INFO, tsp_provider: 'Acme Audio', tsp_bridge: 'EU_TSP_TB' })
      await setInfo({ modify_credential_forbidden: true, dial_in_number_unrestricted: true })
      await setInfo({ master_account_setting_extended: true })
      assert.deepEqual(await info(), {
        ...DEFAULT_INFO,
        tsp_provider: 'Acme Audio',
        tsp_bridge: 'EU_TSP_TB',
        modify_credential_forbidden: true,
        dial_in_number_unrestricted: true,
        master_account_setting_extended: true,
      })
      await setInfo({})
      await setInfo({
        tsp_bridge: 'US_TSP_TB',
        modify_credential_forbidden: false,
        dial_in_number_unrestricted: false,
        master_account_setting_extended: false,
      })
      assert.deepEqual(await info(), { ...DEFAULT_INFO, tsp_provider: 'Acme Audio' })
    })

    it('a bridge outside US_TSP_TB and EU_TSP_TB, or a flag that is not a boolean, is 400/300', async () => {
      refused(await t.call('PATCH', '/v2/tsp', { token, body: { tsp_bridge: 'APAC_TSP_TB' } }), 400, 300, 'tsp_bridge')
      refused(await t.call('PATCH', '/v2/tsp', { token, body: { tsp_enabled: 'yes' } }), 400, 300, 'tsp_enabled')
      assert.equal((await info()).tsp_bridge, 'US_TSP_TB')
    })

    it('a Free account is refused with 400/200; a master reaches a sub account’s own information', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['tsp:read:admin', 'tsp:write:admin'] })
      const freeToken = await free.token()
      refused(await t.call('GET', '/v2/tsp', { token: freeToken }), 400, 200)
      refused(await t.call('PATCH', '/v2/tsp', { token: freeToken, body: { tsp_enabled: true } }), 400, 200)

      const sub = await makeAccount(t, { sub: true })
      const subPath = `/v2/accounts/${sub.account.id}/tsp`
      const subUserPath = `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/tsp`
      const tspCode = { conference_code: '42', leader_pin: '4242' }
      refused(await t.call('POST', subUserPath, { token, body: tspCode }), 400, 2024)
      const set = await t.call('PATCH', subPath, { token, body: { tsp_enabled: true, tsp_provider: 'Sub Audio' } })
      assert.equal(set.status, 204, JSON.stringify(set.body))
      const got = await t.call('GET', subPath, { token })
      assert.deepEqual(got.body, { ...DEFAULT_INFO, tsp_enabled: true, tsp_provider: 'Sub Audio' })
      // The master's own information is untouched.
      assert.equal((await info()).tsp_enabled, false)
      const subUser = await t.call('POST', subUserPath, { token, body: tspCode })
      assert.equal(subUser.status, 201, JSON.stringify(subUser.body))
      assert.equal(subUser.body.tsp_bridge, 'US_TSP_TB')
    })
  })

  describe('with TSP off', () => {
    it('every user TSP operation is 400/2024, even for a user that does not exist', async () => {
      const body = { conference_code: '123', leader_pin: '456' }
      for (const user of [userId, 'nobody@example.com']) {
        const calls = [
          t.call('GET', accounts(user), { token }),
          t.call('POST', accounts(user), { token, body }),
          t.call('GET', `${accounts(user)}/1`, { token }),
          t.call('PATCH', `${accounts(user)}/1`, { token, body }),
          t.call('DELETE', `${accounts(user)}/1`, { token }),
          t.call('PATCH', `${accounts(user)}/settings`, { token, body: { audio_url: 'https://dial.example.com' } }),
        ]
        for (const res of await Promise.all(calls)) {
          refused(res, 400, 2024)
          assert.equal(res.body.message, 'Account has not enabled TSP.')
        }
      }
      const ours = (await outboxEvents(t, 'user.tsp_created')).filter((e) => e.payload.account_id === t.seed.accountId)
      assert.deepEqual(ours, [])
    })
  })

  describe("users' TSP accounts", () => {
    before(() => setInfo({ tsp_enabled: true }))

    it('adds the first TSP account as "1" (201), with the account’s bridge, and emits user.tsp_created', async () => {
      await setInfo({ tsp_bridge: 'EU_TSP_TB' })
      const res = await add(userId, { conference_code: '0125', leader_pin: '11189898', dial_in_numbers: [US, US_FREE] })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      const expected = {
        id: '1',
        conference_code: '0125',
        leader_pin: '11189898',
        tsp_bridge: 'EU_TSP_TB',
        dial_in_numbers: [US, US_FREE],
      }
      assert.deepEqual(res.body, expected)
      assert.deepEqual(await list(userId), [expected])
      assert.deepEqual((await t.call('GET', `${accounts(email)}/1`, { token })).body, expected)

      const ev = find(await outboxEvents<TspEventObject>(t, 'user.tsp_created'), (e) => e.payload.object.id === userId)
      assert.equal(ev.payload.account_id, t.seed.accountId)
      assert.equal(ev.payload.operator_id, ownerId)
      assert.equal(ev.payload.operator, 'owner@example.com')
      assert.deepEqual(ev.payload.object, {
        id: userId,
        email,
        tsp_credentials: {
          conference_code: '0125',
          leader_pin: '11189898',
          tsp_bridge: 'EU_TSP_TB',
          dial_in_numbers: [US, US_FREE],
        },
      })
      await setInfo({ tsp_bridge: 'US_TSP_TB' })
    })

    it('the second is "2"; a third is 400/300 and changes nothing', async () => {
      const second = await add(userId, {
        conference_code: '9',
        leader_pin: '1234567890123456',
        tsp_bridge: 'EU_TSP_TB',
        dial_in_numbers: [{ number: '+44 2030000000' }],
      })
      assert.equal(second.status, 201, JSON.stringify(second.body))
      assert.equal(second.body.id, '2')
      // A number sent without a type is a toll number.
      assert.deepEqual(second.body.dial_in_numbers, [{ number: '+44 2030000000', type: 'toll' }])
      const third = await add(userId, { conference_code: '1', leader_pin: '1' })
      refused(third, 400, 300)
      assert.equal(third.body.message, 'You can add a max of two tsp configs.')
      assert.deepEqual(
        (await list(userId)).map((a) => a.id),
        ['1', '2'],
      )
      assert.equal((await outboxEvents(t, 'user.tsp_created')).length, 3)
    })

    it('two adds at once take different slots, and neither a third', async () => {
      const other = await addUser(t, token, 'tsp.race@example.com')
      const results = await Promise.all(
        ['11', '22', '33'].map((code) => add(other, { conference_code: code, leader_pin: code })),
      )
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 201, 400])
      assert.deepEqual(
        (await list(other)).map((a) => a.id),
        ['1', '2'],
      )
    })

    it('codes and PINs must be 1–16 digits; numbers, codes, labels and types are checked (400/300)', async () => {
      const cases: [Json, string][] = [
        [{ conference_code: '12a4', leader_pin: '1' }, 'conference_code'],
        [{ conference_code: '12345678901234567', leader_pin: '1' }, 'conference_code'],
        [{ conference_code: '', leader_pin: '1' }, 'conference_code'],
        [{ conference_code: 1234, leader_pin: '1' }, 'conference_code'],
        [{ conference_code: '1', leader_pin: '12 34' }, 'leader_pin'],
        [{ leader_pin: '1' }, 'conference_code'],
        [{ conference_code: '1' }, 'leader_pin'],
        [{ conference_code: '1', leader_pin: '1', tsp_bridge: 'US' }, 'tsp_bridge'],
        [{ conference_code: '1', leader_pin: '1', dial_in_numbers: [{ number: '' }] }, 'dial_in_numbers.0.number'],
        [{ conference_code: '1', leader_pin: '1', dial_in_numbers: [{ code: '1' }] }, 'dial_in_numbers.0.number'],
        [
          { conference_code: '1', leader_pin: '1', dial_in_numbers: [{ number: '+1 12345678901234' }] },
          'dial_in_numbers.0.number',
        ],
        [
          { conference_code: '1', leader_pin: '1', dial_in_numbers: [{ number: '1', code: '1234567' }] },
          'dial_in_numbers.0.code',
        ],
        [
          { conference_code: '1', leader_pin: '1', dial_in_numbers: [{ number: '1', country_label: 'United States' }] },
          'dial_in_numbers.0.country_label',
        ],
        [
          { conference_code: '1', leader_pin: '1', dial_in_numbers: [{ number: '1', type: 'mobile' }] },
          'dial_in_numbers.0.type',
        ],
      ]
      const fresh = await addUser(t, token, 'tsp.checks@example.com')
      for (const [body, field] of cases) {
        refused(await add(fresh, body), 400, 300, field)
        refused(await t.call('PATCH', `${accounts(userId)}/1`, { token, body }), 400, 300, field)
      }
      refused(await t.call('POST', accounts(fresh), { token }), 400, 300)
      assert.deepEqual(await list(fresh), [])
    })

    it('an id other than 1 or 2, or an empty slot, is 400/300 with Zoom’s texts', async () => {
      const fresh = await addUser(t, token, 'tsp.empty@example.com')
      const body = { conference_code: '1', leader_pin: '1' }
      for (const res of [
        await t.call('GET', `${accounts(userId)}/3`, { token }),
        await t.call('PATCH', `${accounts(userId)}/0`, { token, body }),
        await t.call('DELETE', `${accounts(userId)}/abc`, { token }),
      ]) {
        refused(res, 400, 300)
        assert.equal(res.body.message, 'The TSP id provided does not exist.')
      }
      for (const res of [
        await t.call('GET', `${accounts(fresh)}/1`, { token }),
        await t.call('PATCH', `${accounts(fresh)}/2`, { token, body }),
        await t.call('DELETE', `${accounts(fresh)}/1`, { token }),
      ]) {
        refused(res, 400, 300)
        assert.equal(res.body.message, 'TSP Config does not exist.')
      }
    })

    it('an unknown user is 404/1001; another account’s user is unknown here', async () => {
      refused(await t.call('GET', accounts('nobody@example.com'), { token }), 404, 1001)
      refused(await add('abcdefghijklmnopqrstuv', { conference_code: '1', leader_pin: '1' }), 404, 1001)
      const other = await makeAccount(t)
      refused(await t.call('GET', accounts(other.owner.id), { token }), 404, 1001)
    })

    it('a user-level token reaches only its own user (400/200 for another)', async () => {
      const own = await tokenWithScopes(t, ['tsp:read', 'tsp:write'])
      const mine = await t.call('GET', accounts('me'), { token: own })
      assert.equal(mine.status, 200, JSON.stringify(mine.body))
      assert.deepEqual(mine.body, { tsp_accounts: [] })
      refused(await t.call('GET', accounts(userId), { token: own }), 400, 200)
      refused(await t.call('GET', '/v2/tsp', { token: own }), 401, 4711)
    })

    it('PATCH sets code and PIN, keeps bridge and numbers unless sent (204), and emits user.tsp_updated', async () => {
      const path = `${accounts(userId)}/1`
      const res = await t.call('PATCH', path, { token, body: { conference_code: '777', leader_pin: '888' } })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      const after1 = {
        id: '1',
        conference_code: '777',
        leader_pin: '888',
        tsp_bridge: 'EU_TSP_TB',
        dial_in_numbers: [US, US_FREE],
      }
      assert.deepEqual((await t.call('GET', path, { token })).body, after1)

      const replaced = await t.call('PATCH', path, {
        token,
        body: { conference_code: '777', leader_pin: '999', tsp_bridge: 'US_TSP_TB', dial_in_numbers: [US] },
      })
      assert.equal(replaced.status, 204)
      const after2 = { ...after1, leader_pin: '999', tsp_bridge: 'US_TSP_TB', dial_in_numbers: [US] }
      assert.deepEqual((await t.call('GET', path, { token })).body, after2)
      // The other account is untouched.
      assert.equal((await list(userId))[1]?.conference_code, '9')

      const events = await outboxEvents<TspEventObject>(t, 'user.tsp_updated')
      assert.equal(events.length, 2)
      const [first, second] = events
      assert.deepEqual(first?.payload.old_object, {
        conference_code: '0125',
        leader_pin: '11189898',
        tsp_bridge: 'EU_TSP_TB',
        dial_in_numbers: [US, US_FREE],
      })
      assert.deepEqual(first?.payload.object.tsp_credentials, {
        conference_code: '777',
        leader_pin: '888',
        tsp_bridge: 'EU_TSP_TB',
        dial_in_numbers: [US, US_FREE],
      })
      assert.equal(second?.payload.object.id, userId)
      assert.equal(second?.payload.object.email, email)
      assert.deepEqual(second?.payload.object.tsp_credentials.dial_in_numbers, [US])
      assert.equal(second?.payload.operator_id, ownerId)
    })

    it('an AT&T provider needs a media link number on add and update (400/300)', async () => {
      await setInfo({ tsp_provider: 'AT&T' })
      const fresh = await addUser(t, token, 'tsp.att@example.com')
      const missing = await add(fresh, { conference_code: '5', leader_pin: '5', dial_in_numbers: [US] })
      refused(missing, 400, 300)
      assert.equal(missing.body.message, 'Media link is required for AT&T TSP accounts.')
      const ok = await add(fresh, { conference_code: '5', leader_pin: '5', dial_in_numbers: [US, LINK] })
      assert.equal(ok.status, 201, JSON.stringify(ok.body))
      // Numbers not sent are kept, so the media link stays and the update passes.
      const keep = await t.call('PATCH', `${accounts(fresh)}/1`, {
        token,
        body: { conference_code: '6', leader_pin: '6' },
      })
      assert.equal(keep.status, 204)
      const drop = await t.call('PATCH', `${accounts(fresh)}/1`, {
        token,
        body: { conference_code: '6', leader_pin: '6', dial_in_numbers: [US] },
      })
      refused(drop, 400, 300)
      assert.deepEqual((await list(fresh))[0]?.dial_in_numbers, [US, LINK])
      await setInfo({ tsp_provider: 'Acme Audio' })
      assert.equal((await add(fresh, { conference_code: '7', leader_pin: '7' })).status, 201)
    })

    it('DELETE removes one (204), emits user.tsp_deleted; the last one stays (400/300); slots are reused', async () => {
      const deleted = await t.call('DELETE', `${accounts(userId)}/1`, { token })
      assert.equal(deleted.status, 204, JSON.stringify(deleted.body))
      assert.deepEqual(
        (await list(userId)).map((a) => a.id),
        ['2'],
      )
      refused(await t.call('GET', `${accounts(userId)}/1`, { token }), 400, 300)
      const [ev] = await outboxEvents<TspEventObject>(t, 'user.tsp_deleted')
      assert.deepEqual(ev?.payload.object, {
        id: userId,
        email,
        tsp_credentials: { conference_code: '777', leader_pin: '999', tsp_bridge: 'US_TSP_TB', dial_in_numbers: [US] },
      })
      assert.equal(ev?.payload.operator_id, ownerId)

      const last = await t.call('DELETE', `${accounts(userId)}/2`, { token })
      refused(last, 400, 300)
      assert.equal(last.body.message, 'At least one tsp config must be available.')
      assert.equal((await list(userId)).length, 1)
      assert.equal((await outboxEvents(t, 'user.tsp_deleted')).length, 1)

      const again = await add(userId, { conference_code: '0125', leader_pin: '11189898', dial_in_numbers: [US] })
      assert.equal(again.body.id, '1')
    })

    it('two deletes at once still leave the user one TSP account', async () => {
      const racer = await addUser(t, token, 'tsp.delete-race@example.com')
      for (const code of ['1', '2'])
        assert.equal((await add(racer, { conference_code: code, leader_pin: code })).status, 201)
      const results = await Promise.all(['1', '2'].map((id) => t.call('DELETE', `${accounts(racer)}/${id}`, { token })))
      assert.deepEqual(results.map((r) => r.status).sort(), [204, 400])
      assert.equal((await list(racer)).length, 1)
    })

    it('turning TSP off keeps the accounts but refuses them (2024); turning it on shows them again', async () => {
      await setInfo({ tsp_enabled: false })
      refused(await t.call('GET', accounts(userId), { token }), 400, 2024)
      await setInfo({ tsp_enabled: true })
      assert.deepEqual(
        (await list(userId)).map((a) => a.id),
        ['1', '2'],
      )
    })
  })

  describe('global dial-in URL', () => {
    const url = (user: string, body?: Json) => t.call('PATCH', `${accounts(user)}/settings`, { token, body })

    it('needs the third-party audio option (400/2000 while it is off)', async () => {
      const res = await url(userId, { audio_url: 'https://dial.example.com/global' })
      refused(res, 400, 2000)
      assert.equal(res.body.message, 'Not TSP special account.')
    })

    it('sets an http(s) URL (204); others, and longer than 512 characters, are 400/300', async () => {
      await setInfo({ enable: true })
      assert.equal((await url(userId, { audio_url: 'https://dial.example.com/global' })).status, 204)
      for (const bad of ['not a url', 'ftp://dial.example.com', 'mailto:dial@example.com']) {
        const res = await url(userId, { audio_url: bad })
        refused(res, 400, 300)
        assert.equal(res.body.message, 'Invalid parameter: audio_url.')
      }
      refused(await url(userId, { audio_url: `https://example.com/${'a'.repeat(500)}` }), 400, 300, 'audio_url')
      refused(await url('nobody@example.com', { audio_url: 'https://dial.example.com' }), 404, 1001)
      assert.equal((await url(userId, {})).status, 204)
    })
  })

  describe('meeting invitations', () => {
    let meetingId: number
    const invitation = async (id = meetingId) => {
      const res = await t.call('GET', `/v2/meetings/${id}/invitation`, { token })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      return str(res.body.invitation)
    }

    before(async () => {
      meetingId = await createMeeting(t, token, { topic: 'Audio sync', type: 2 }, userId)
      const res = await t.call('PATCH', `${accounts(userId)}/1`, {
        token,
        body: { conference_code: '0125', leader_pin: '11189898', dial_in_numbers: [US, US_FREE, LINK] },
      })
      assert.equal(res.status, 204)
    })

    it("list the host's TSP numbers (no media link), conference code and dial-in page; never the PIN", async () => {
      const text = await invitation()
      const block = [
        '',
        'Dial by your location',
        '        +1 6465550100 US',
        '        +1 8005550199 1 Toll-free',
        'Conference code: 0125',
        'Find your local number: https://dial.example.com/global',
        '',
        '',
      ].join('\r\n')
      assert.ok(text.endsWith(block), text)
      assert.ok(!text.includes('11189898'))
      assert.ok(!text.includes(LINK.number))
      const passcode = (await t.call('GET', `/v2/meetings/${meetingId}`, { token })).body.password
      assert.ok(text.includes(`Passcode: ${passcode}\r\n\r\nDial by your location\r\n`))
    })

    it('an empty audio_url removes the page line', async () => {
      assert.equal((await url(userId, '')).status, 204)
      assert.ok(!(await invitation()).includes('Find your local number'))
      function url(user: string, audio: string) {
        return t.call('PATCH', `${accounts(user)}/settings`, { token, body: { audio_url: audio } })
      }
    })

    it('add nothing without a host TSP account, for computer audio, or with TSP or its option off', async () => {
      const plain = await invitation(await createMeeting(t, token, { topic: 'No TSP', type: 2 }, ownerId))
      assert.ok(!plain.includes('Conference code'))
      assert.ok(plain.endsWith('\r\n\r\n'))
      const voip = await createMeeting(t, token, { topic: 'VoIP', type: 2, settings: { audio: 'voip' } }, userId)
      assert.ok(!(await invitation(voip)).includes('Conference code'))

      await setInfo({ enable: false })
      assert.ok(!(await invitation()).includes('Conference code'))
      await setInfo({ enable: true, tsp_enabled: false })
      assert.ok(!(await invitation()).includes('Conference code'))
      await setInfo({ tsp_enabled: true })
      assert.ok((await invitation()).includes('Conference code: 0125'))
    })
  })
})

describe('TSP: a user whose invitation lapsed', () => {
  let t: TestServer
  let token: string

  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('is 404/1120 on the user TSP operations', async () => {
    const res = await t.call('PATCH', '/v2/tsp', { token, body: { tsp_enabled: true, enable: true } })
    assert.equal(res.status, 204)
    const invited = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'create', user_info: { email: 'lapsed@example.com', type: 1 } },
    })
    assert.equal(invited.status, 201, JSON.stringify(invited.body))
    assert.equal((await t.call('GET', '/v2/users/lapsed@example.com/tsp', { token })).status, 200)
    t.clock.advance(31 * 86_400_000)
    const fresh = await t.token()
    for (const res of [
      await t.call('GET', '/v2/users/lapsed@example.com/tsp', { token: fresh }),
      await t.call('POST', '/v2/users/lapsed@example.com/tsp', {
        token: fresh,
        body: { conference_code: '1', leader_pin: '1' },
      }),
      await t.call('PATCH', '/v2/users/lapsed@example.com/tsp/settings', {
        token: fresh,
        body: { audio_url: 'https://dial.example.com' },
      }),
    ]) {
      refused(res, 404, 1120)
    }
  })
})
