import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { fieldErrors, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

interface InternalNumber {
  id: string
  number: string
  display_number: string
  country: string
  type: number
  labels: string
  languages: string
  visible: boolean
  allow_join: boolean
  allow_for_external_meetings: boolean
}

interface NumberPage {
  page_size: number
  total_records: number
  next_page_token: string
  internal_numbers: InternalNumber[]
}

interface CountryList {
  total_records: number
  callout_countries: { id: string; code: string; name: string }[]
}

/** A valid number to add: a UK toll number whose last digits are `n`. */
const ukNumber = (n: number, extra: Record<string, unknown> = {}) => ({
  number: `+44203481${String(n).padStart(4, '0')}`,
  display_number: `+44 20 3481 ${String(n).padStart(4, '0')}`,
  country: 'GB',
  type: 0,
  labels: `Office ${n}`,
  languages: 'en-GB',
  ...extra,
})

describe('SIP Connected Audio: internal numbers and call-out countries over HTTP', () => {
  let t: TestServer
  let token: string
  /** A sub account of the seeded master, its plan switched on below. */
  let subId: string
  /** A sub account that never gets the plan. */
  let bareSubId: string
  /** An account of its own, not a sub account of the seeded master. */
  let strangerId: string

  const numbersPath = (accountId: string) => `/v2/accounts/${accountId}/sip_trunk/internal_numbers`
  const countriesPath = (accountId: string) => `/v2/accounts/${accountId}/sip_trunk/callout_countries`

  const enablePlan = async (accountId: string) => {
    const res = await t.call('PATCH', `/v2/accounts/${accountId}/settings`, {
      token,
      body: { feature: { sip_connected_audio: true } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  const addNumbers = async (accountId: string, numbers: unknown[]) => {
    const res = await t.call<{ internal_numbers: InternalNumber[] }>('POST', numbersPath(accountId), {
      token,
      body: { internal_numbers: numbers },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body.internal_numbers
  }

  const listNumbers = async (accountId: string, query = '') => {
    const res = await t.call<NumberPage>('GET', `${numbersPath(accountId)}${query}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }

  const listCountries = async (accountId: string) => {
    const res = await t.call<CountryList>('GET', countriesPath(accountId), { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }

  /** Every operation of the area, with a body that passes validation. */
  const everyOperation = (accountId: string) =>
    [
      ['POST', numbersPath(accountId), { internal_numbers: [ukNumber(1)] }],
      ['GET', numbersPath(accountId), undefined],
      ['PATCH', `${numbersPath(accountId)}/someNumberId`, { labels: 'x' }],
      ['DELETE', `${numbersPath(accountId)}/someNumberId`, undefined],
      ['POST', countriesPath(accountId), { callout_countries: [{ id: 'US' }] }],
      ['GET', countriesPath(accountId), undefined],
      ['DELETE', `${countriesPath(accountId)}/US`, undefined],
    ] as const

  before(async () => {
    ;({ t, token } = await startWithToken())
    subId = (await makeAccount(t, { sub: true, name: 'Branch' })).account.id
    bareSubId = (await makeAccount(t, { sub: true, name: 'Bare branch' })).account.id
    strangerId = (await makeAccount(t, { name: 'Stranger' })).account.id
  })
  after(() => t.close())

  describe('without the SIP Connected Audio plan', () => {
    it('refuses every operation with 400/2100, on the master itself and on a sub account', async () => {
      for (const accountId of ['me', t.seed.accountId, subId]) {
        for (const [method, path, body] of everyOperation(accountId)) {
          const res = await t.call(method, path, { token, body })
          refused(res, 400, 2100)
          assert.equal(res.body.message, 'This sub account has no sip trunk plan.')
        }
      }
    })

    it('refuses a body that fails validation before looking at the plan (400/300)', async () => {
      refused(await t.call('POST', numbersPath(subId), { token, body: {} }), 400, 300, 'internal_numbers')
    })

    it('keeps a sub account without the plan refused after another account gets it', async () => {
      await enablePlan(subId)
      refused(await t.call('GET', numbersPath(bareSubId), { token }), 400, 2100)
      refused(await t.call('GET', numbersPath('me'), { token }), 400, 2100)
    })
  })

  describe('accounts the master cannot reach', () => {
    it('answers 404/2001 for an unknown account and for one that is not its sub account, on every operation', async () => {
      for (const accountId of ['noSuchAccount123', strangerId]) {
        for (const [method, path, body] of everyOperation(accountId)) {
          const res = await t.call(method, path, { token, body })
          refused(res, 404, 2001)
        }
      }
    })

    it('refuses a caller that is not a master account (400/200), even for itself', async () => {
      // A sub account with a token of its own, and a Free account: neither is a master account.
      const sub = await makeAccount(t, { sub: true, name: 'Self-service branch', scopes: ['sip_trunk:master'] })
      const free = await makeAccount(t, { plan: 'free', name: 'Free', scopes: ['sip_trunk:master'] })
      for (const own of [await sub.token(), await free.token()]) {
        for (const [method, path, body] of everyOperation('me')) {
          refused(await t.call(method, path, { token: own, body }), 400, 200)
        }
      }
    })

    it('needs the sip_trunk:master scope (401/4711)', async () => {
      const narrow = await tokenWithScopes(t, ['user:read:admin'])
      refused(await t.call('GET', numbersPath(subId), { token: narrow }), 401, 4711)
      refused(await t.call('POST', countriesPath(subId), { token: narrow, body: { callout_countries: [] } }), 401, 4711)
    })
  })

  describe('internal numbers', () => {
    it('adds numbers to a sub account (201) with ids, and lists them back', async () => {
      const added = await addNumbers(subId, [
        ukNumber(1),
        ukNumber(2, { visible: false, allow_join: false, allow_for_external_meetings: true, country: 'gb', type: 1 }),
        ukNumber(3, { visible: true, allow_join: false, languages: 'de-DE' }),
      ])
      assert.equal(added.length, 3)
      assert.equal(new Set(added.map((n) => n.id)).size, 3)
      for (const n of added) assert.match(n.id, /^[A-Za-z0-9_-]{22}$/)
      const [first, second, third] = added
      assert.deepEqual(first, {
        id: first?.id,
        number: '+442034810001',
        display_number: '+44 20 3481 0001',
        country: 'GB',
        type: 0,
        labels: 'Office 1',
        languages: 'en-GB',
        visible: true,
        allow_join: true,
        allow_for_external_meetings: false,
      })
      assert.equal(second?.country, 'GB')
      assert.equal(second?.type, 1)
      assert.equal(second?.visible, false)
      assert.equal(second?.allow_join, false)
      assert.equal(second?.allow_for_external_meetings, true)
      // A visible number can always be used to join.
      assert.equal(third?.allow_join, true)
      assert.equal(third?.languages, 'de-DE')

      const page = await listNumbers(subId)
      assert.equal(page.total_records, 3)
      assert.equal(page.page_size, 30)
      assert.equal(page.next_page_token, '')
      assert.deepEqual(page.internal_numbers, added)
      assert.deepEqual(Object.keys(page).sort(), ['internal_numbers', 'next_page_token', 'page_size', 'total_records'])
    })

    it('keeps each account’s numbers apart: the master (me or its own id) has its own list', async () => {
      await enablePlan('me')
      assert.equal((await listNumbers('me')).total_records, 0)
      // The same number may be listed by another account.
      const [own] = await addNumbers(t.seed.accountId, [ukNumber(1, { labels: 'Head office' })])
      const mine = await listNumbers('me')
      assert.deepEqual(mine.internal_numbers, [own])
      assert.equal((await listNumbers(subId)).total_records, 3)
    })

    it('refuses invalid numbers with 400/300 naming the field, and adds none of the batch', async () => {
      const cases: [unknown[], string][] = [
        [[], 'internal_numbers'],
        [Array.from({ length: 31 }, (_, i) => ukNumber(100 + i)), 'internal_numbers'],
        [[ukNumber(10, { number: '442034810010' })], 'internal_numbers.0.number'],
        [[ukNumber(10, { number: '+44 20 3481 0010' })], 'internal_numbers.0.number'],
        [[ukNumber(10, { number: '+0442034810010' })], 'internal_numbers.0.number'],
        [[ukNumber(10), ukNumber(11, { country: 'GBR' })], 'internal_numbers.1.country'],
        [[ukNumber(10), ukNumber(11, { country: 'XX' })], 'internal_numbers.1.country'],
        [[ukNumber(10, { type: 2 })], 'internal_numbers.0.type'],
        [[ukNumber(10, { languages: 'fr-FR' })], 'internal_numbers.0.languages'],
        [[ukNumber(10, { labels: undefined })], 'internal_numbers.0.labels'],
        [[ukNumber(10, { display_number: '' })], 'internal_numbers.0.display_number'],
        [[ukNumber(10, { visible: 'yes' })], 'internal_numbers.0.visible'],
      ]
      for (const [numbers, field] of cases) {
        const res = await t.call('POST', numbersPath(subId), { token, body: { internal_numbers: numbers } })
        refused(res, 400, 300, field)
      }
      const unknown = await t.call('POST', numbersPath(subId), {
        token,
        body: { internal_numbers: [ukNumber(10, { country: 'XX' })] },
      })
      assert.deepEqual(fieldErrors(unknown.body), [
        { field: 'internal_numbers.0.country', message: 'Invalid country: XX.' },
      ])
      assert.equal((await listNumbers(subId)).total_records, 3)
    })

    it('refuses a number the account already lists, or one given twice (400/300)', async () => {
      const again = await t.call('POST', numbersPath(subId), {
        token,
        body: { internal_numbers: [ukNumber(20), ukNumber(2)] },
      })
      refused(again, 400, 300)
      assert.equal(again.body.message, 'Internal number already exists: +442034810002.')
      const twice = await t.call('POST', numbersPath(subId), {
        token,
        body: { internal_numbers: [ukNumber(21), ukNumber(21, { labels: 'Copy' })] },
      })
      refused(twice, 400, 300)
      assert.equal(twice.body.message, 'Internal number already exists: +442034810021.')
      const numbers = (await listNumbers(subId)).internal_numbers.map((n) => n.number)
      assert.ok(!numbers.includes('+442034810020') && !numbers.includes('+442034810021'))
    })

    it('lists a number once when two requests add it together: one 201, one 400/300', async () => {
      const add = () =>
        t.call('POST', numbersPath(subId), { token, body: { internal_numbers: [ukNumber(50), ukNumber(51)] } })
      const answers = await Promise.all([add(), add(), add()])
      assert.deepEqual(answers.map((r) => r.status).sort(), [201, 400, 400])
      for (const r of answers.filter((a) => a.status === 400)) refused(r, 400, 300)
      const numbers = (await listNumbers(subId)).internal_numbers.map((n) => n.number)
      assert.equal(numbers.filter((n) => n === '+442034810050').length, 1)
      assert.equal(numbers.filter((n) => n === '+442034810051').length, 1)
    })

    it('updates only the properties sent (204), as the list shows', async () => {
      const [target] = (await listNumbers(subId)).internal_numbers
      const id = str(target?.id)
      const res = await t.call('PATCH', `${numbersPath(subId)}/${id}`, {
        token,
        body: { labels: 'Reception', display_number: '+44 (0)20 3481 0001', allow_for_external_meetings: true },
      })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      const read = async () => (await listNumbers(subId)).internal_numbers.find((n) => n.id === id)
      assert.deepEqual(await read(), {
        ...target,
        labels: 'Reception',
        display_number: '+44 (0)20 3481 0001',
        allow_for_external_meetings: true,
      })

      // Hidden numbers may be kept from joining; showing one again lets it be used to join.
      const hide = await t.call('PATCH', `${numbersPath(subId)}/${id}`, {
        token,
        body: { visible: false, allow_join: false },
      })
      assert.equal(hide.status, 204)
      assert.equal((await read())?.allow_join, false)
      const show = await t.call('PATCH', `${numbersPath(subId)}/${id}`, { token, body: { visible: true } })
      assert.equal(show.status, 204)
      const shown = await read()
      assert.equal(shown?.visible, true)
      assert.equal(shown?.allow_join, true)
      const stubborn = await t.call('PATCH', `${numbersPath(subId)}/${id}`, { token, body: { allow_join: false } })
      assert.equal(stubborn.status, 204)
      assert.equal((await read())?.allow_join, true)

      const move = await t.call('PATCH', `${numbersPath(subId)}/${id}`, {
        token,
        body: { number: '+4930567958001', country: 'de', languages: 'de-DE', type: 1 },
      })
      assert.equal(move.status, 204)
      const moved = await read()
      assert.equal(moved?.number, '+4930567958001')
      assert.equal(moved?.country, 'DE')
      assert.equal(moved?.languages, 'de-DE')
      assert.equal(moved?.type, 1)
      // Sending the number it already has is no conflict.
      const same = await t.call('PATCH', `${numbersPath(subId)}/${id}`, { token, body: { number: '+4930567958001' } })
      assert.equal(same.status, 204)
    })

    it('refuses an update to an unknown number (404/404), to a taken number or an invalid one (400/300)', async () => {
      const [first, second] = (await listNumbers(subId)).internal_numbers
      const path = `${numbersPath(subId)}/${str(first?.id)}`
      const missing = await t.call('PATCH', `${numbersPath(subId)}/noSuchNumber`, { token, body: { labels: 'x' } })
      refused(missing, 404, 404)
      assert.equal(missing.body.message, 'Internal number does not exist: noSuchNumber.')
      // A number of another account is not this account's.
      const [own] = (await listNumbers('me')).internal_numbers
      refused(
        await t.call('PATCH', `${numbersPath(subId)}/${str(own?.id)}`, { token, body: { labels: 'x' } }),
        404,
        404,
      )
      const taken = await t.call('PATCH', path, { token, body: { number: second?.number } })
      refused(taken, 400, 300)
      assert.equal(taken.body.message, `Internal number already exists: ${second?.number}.`)
      refused(await t.call('PATCH', path, { token, body: { country: 'QQ' } }), 400, 300, 'country')
      refused(await t.call('PATCH', path, { token, body: { number: 'call me' } }), 400, 300, 'number')
      refused(await t.call('PATCH', path, { token, body: { languages: 'en' } }), 400, 300, 'languages')
      assert.deepEqual((await listNumbers(subId)).internal_numbers[0], first)
    })

    it('deletes a number (204); a second delete, or another account’s number, is 404/404', async () => {
      const before = (await listNumbers(subId)).internal_numbers
      const victim = str(before.at(-1)?.id)
      const res = await t.call('DELETE', `${numbersPath(subId)}/${victim}`, { token })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      const afterDelete = await listNumbers(subId)
      assert.equal(afterDelete.total_records, before.length - 1)
      assert.ok(!afterDelete.internal_numbers.some((n) => n.id === victim))
      refused(await t.call('DELETE', `${numbersPath(subId)}/${victim}`, { token }), 404, 404)
      const [own] = (await listNumbers('me')).internal_numbers
      refused(await t.call('DELETE', `${numbersPath(subId)}/${str(own?.id)}`, { token }), 404, 404)
      assert.equal((await listNumbers('me')).total_records, 1)
    })

    it('pages the list with page_size and next_page_token, oldest first', async () => {
      const startCount = (await listNumbers(subId)).total_records
      await addNumbers(
        subId,
        Array.from({ length: 30 }, (_, i) => ukNumber(200 + i)),
      )
      await addNumbers(
        subId,
        Array.from({ length: 5 }, (_, i) => ukNumber(300 + i)),
      )
      const total = startCount + 35
      const seen: InternalNumber[] = []
      let query = '?page_size=15'
      for (;;) {
        const page = await listNumbers(subId, query)
        assert.equal(page.total_records, total)
        assert.equal(page.page_size, 15)
        seen.push(...page.internal_numbers)
        if (!page.next_page_token) break
        assert.equal(page.internal_numbers.length, 15)
        query = `?page_size=15&next_page_token=${encodeURIComponent(page.next_page_token)}`
      }
      assert.equal(seen.length, total)
      assert.equal(new Set(seen.map((n) => n.id)).size, total)
      assert.equal(seen.at(-1)?.number, '+442034810304')
      // Without page_size, a page holds 30.
      assert.equal((await listNumbers(subId)).internal_numbers.length, 30)

      refused(await t.call('GET', `${numbersPath(subId)}?next_page_token=forged.token`, { token }), 400, 300)
      refused(await t.call('GET', `${numbersPath(subId)}?page_size=301`, { token }), 400, 300, 'page_size')
      refused(await t.call('GET', `${numbersPath(subId)}?page_size=0`, { token }), 400, 300, 'page_size')
      // A token of one account's list does not page another's.
      const first = await listNumbers(subId, '?page_size=1')
      const replay = await t.call('GET', `${numbersPath('me')}?next_page_token=${first.next_page_token}`, { token })
      refused(replay, 400, 300)
    })
  })

  describe('internal call-out countries', () => {
    it('adds countries by code (201) with their calling codes and names, each once', async () => {
      const res = await t.call<CountryList>('POST', countriesPath(subId), {
        token,
        body: { callout_countries: [{ id: 'de' }, { id: 'US' }, { id: 'DE' }] },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.deepEqual(res.body, {
        callout_countries: [
          { id: 'DE', code: '49', name: 'Germany' },
          { id: 'US', code: '1', name: 'United States' },
        ],
      })
      assert.deepEqual(await listCountries(subId), { total_records: 2, callout_countries: res.body.callout_countries })
    })

    it('adding a country already there keeps it; the list stays in the order added', async () => {
      const res = await t.call<CountryList>('POST', countriesPath(subId), {
        token,
        body: { callout_countries: [{ id: 'US' }, { id: 'JP' }, { id: 'CI' }] },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.deepEqual(
        res.body.callout_countries.map((c) => c.id),
        ['US', 'JP', 'CI'],
      )
      const list = await listCountries(subId)
      assert.equal(list.total_records, 4)
      assert.deepEqual(list.callout_countries, [
        { id: 'DE', code: '49', name: 'Germany' },
        { id: 'US', code: '1', name: 'United States' },
        { id: 'JP', code: '81', name: 'Japan' },
        { id: 'CI', code: '225', name: "Côte d'Ivoire" },
      ])
    })

    it('lists a country once when two requests add it together', async () => {
      const add = () => t.call('POST', countriesPath(subId), { token, body: { callout_countries: [{ id: 'BR' }] } })
      const answers = await Promise.all([add(), add()])
      assert.deepEqual(
        answers.map((r) => r.status),
        [201, 201],
      )
      const ids = (await listCountries(subId)).callout_countries.map((c) => c.id)
      assert.deepEqual(ids, ['DE', 'US', 'JP', 'CI', 'BR'])
      assert.equal((await t.call('DELETE', `${countriesPath(subId)}/BR`, { token })).status, 204)
    })

    it('refuses a code that names no country, or a malformed body (400/300), adding nothing', async () => {
      const unknown = await t.call('POST', countriesPath(subId), {
        token,
        body: { callout_countries: [{ id: 'FR' }, { id: 'XX' }] },
      })
      refused(unknown, 400, 300, 'callout_countries.1.id')
      assert.deepEqual(fieldErrors(unknown.body), [
        { field: 'callout_countries.1.id', message: 'Invalid country: XX.' },
      ])
      refused(
        await t.call('POST', countriesPath(subId), { token, body: { callout_countries: [{ id: 'USA' }] } }),
        400,
        300,
        'callout_countries.0.id',
      )
      refused(
        await t.call('POST', countriesPath(subId), { token, body: { callout_countries: [] } }),
        400,
        300,
        'callout_countries',
      )
      refused(await t.call('POST', countriesPath(subId), { token, body: {} }), 400, 300, 'callout_countries')
      assert.equal((await listCountries(subId)).total_records, 4)
    })

    it('keeps each account’s countries apart', async () => {
      assert.deepEqual(await listCountries('me'), { total_records: 0, callout_countries: [] })
      const res = await t.call('POST', countriesPath(t.seed.accountId), {
        token,
        body: { callout_countries: [{ id: 'GB' }] },
      })
      assert.equal(res.status, 201)
      assert.deepEqual((await listCountries('me')).callout_countries, [
        { id: 'GB', code: '44', name: 'United Kingdom' },
      ])
      assert.equal((await listCountries(subId)).total_records, 4)
    })

    it('deletes a country by code (204); one the account does not list is 404/404', async () => {
      const res = await t.call('DELETE', `${countriesPath(subId)}/us`, { token })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      assert.deepEqual(
        (await listCountries(subId)).callout_countries.map((c) => c.id),
        ['DE', 'JP', 'CI'],
      )
      const again = await t.call('DELETE', `${countriesPath(subId)}/US`, { token })
      refused(again, 404, 404)
      assert.equal(again.body.message, 'Call-out country does not exist: US.')
      refused(await t.call('DELETE', `${countriesPath(subId)}/GB`, { token }), 404, 404)
      refused(await t.call('DELETE', `${countriesPath(subId)}/XX`, { token }), 404, 404)
      refused(await t.call('DELETE', `${countriesPath(subId)}/Germany`, { token }), 404, 404)
      assert.equal((await listCountries('me')).total_records, 1)
      assert.equal((await listCountries(subId)).total_records, 3)
    })
  })

  it('refuses every operation again once the plan is switched off (400/2100), keeping the data', async () => {
    const off = await t.call('PATCH', `/v2/accounts/${subId}/settings`, {
      token,
      body: { feature: { sip_connected_audio: false } },
    })
    assert.equal(off.status, 204)
    for (const [method, path, body] of everyOperation(subId))
      refused(await t.call(method, path, { token, body }), 400, 2100)
    await enablePlan(subId)
    assert.equal((await listCountries(subId)).total_records, 3)
    assert.ok((await listNumbers(subId)).total_records > 30)
  })
})
