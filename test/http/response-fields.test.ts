import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { find, items, type Json, obj, str } from '../helpers/json.js'
import type { AuthenticationSettings, Meeting, User, UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Response fields Zoom returns', () => {
  let t: TestServer
  let token: string
  let owner: User
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    owner = (await t.call<User>('GET', '/v2/users/me', { token })).body
  })
  after(() => t.close())

  const call = <T = Json>(method: string, path: string, body?: unknown) => t.call<T>(method, path, { token, body })
  const create = async (body: Record<string, unknown>, userId = 'me') => {
    const res = await call<Meeting>('POST', `/v2/users/${userId}/meetings`, {
      topic: 'Fields',
      type: 2,
      start_time: '2026-12-01T10:00:00Z',
      ...body,
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const get = async (id: number) => (await call<Meeting>('GET', `/v2/meetings/${id}`)).body
  let seq = 0
  const newUser = async (first: string, last: string) => {
    const email = `fields-${++seq}@example.com`
    const res = await call('POST', '/v2/users', {
      action: 'custCreate',
      user_info: { email, type: 2, first_name: first, last_name: last },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body as { id: string; email: string }
  }

  describe('meeting', () => {
    it('settings.global_dial_in_numbers: the numbers of the dial-in countries, none without phone audio', async () => {
      const m = await create({ settings: { global_dial_in_countries: ['US', 'DE'] } })
      for (const body of [m, await get(m.id)]) {
        const numbers = obj(body.settings).global_dial_in_numbers
        assert.ok(Array.isArray(numbers) && numbers.length > 0)
        for (const n of numbers) {
          assert.deepEqual(Object.keys(n).sort(), ['city', 'country', 'country_name', 'number', 'type'])
          assert.match(n.number, /^\+\d{1,3} \d{6,12}$/)
          assert.equal(n.type, 'toll')
        }
        assert.deepEqual([...new Set(numbers.map((n) => n.country))], ['US', 'DE'])
        assert.deepEqual(numbers[0], {
          country: 'US',
          country_name: 'US',
          city: 'New York',
          number: '+1 6465588656',
          type: 'toll',
        })
        assert.ok(numbers.some((n) => n.country === 'DE' && n.country_name === 'Germany'))
      }
      assert.deepEqual((await create({ settings: {} })).settings.global_dial_in_numbers, [])
      assert.deepEqual(
        (await create({ settings: { global_dial_in_countries: ['US'], audio: 'voip' } })).settings
          .global_dial_in_numbers,
        [],
      )
      assert.deepEqual(
        (await create({ settings: { global_dial_in_countries: ['US'], encryption_type: 'e2ee' } })).settings
          .global_dial_in_numbers,
        [],
      )
    })

    it('settings.contact_name / contact_email: the host unless given', async () => {
      const m = await create({})
      assert.equal(obj(m.settings).contact_name, 'Account Owner')
      assert.equal(obj(m.settings).contact_email, t.seed.ownerEmail)
      const read = await get(m.id)
      assert.equal(obj(read.settings).contact_name, 'Account Owner')
      assert.equal(obj(read.settings).contact_email, t.seed.ownerEmail)
      const given = await create({ settings: { contact_name: 'Front Desk', contact_email: 'desk@example.com' } })
      assert.deepEqual(
        [obj(given.settings).contact_name, obj(given.settings).contact_email],
        ['Front Desk', 'desk@example.com'],
      )
      // Scheduled for another user: that user is the host, and the contact; the scheduler is the assistant.
      const host = await newUser('Hana', 'Host')
      const forHost = await create({ schedule_for: host.email })
      const readForHost = await get(forHost.id)
      assert.equal(obj(readForHost.settings).contact_name, 'Hana Host')
      assert.equal(obj(readForHost.settings).contact_email, host.email)
      assert.equal(readForHost.assistant_id, owner.id)
      assert.equal(forHost.assistant_id, owner.id)
      assert.equal((await get(m.id)).assistant_id, undefined)
    })

    it('settings.authentication_*: the profile an authenticated-only meeting requires', async () => {
      const options = (await call<AuthenticationSettings>('GET', '/v2/users/me/settings?option=meeting_authentication'))
        .body.authentication_options
      const byDefault = find(options, (o) => o.default_option)
      const domains = find(options, (o) => o.type === 'enforce_login_with_domains')
      const m = await create({
        settings: {
          meeting_authentication: true,
          authentication_exception: [{ email: 'Visitor@Else.example', name: 'Vi Sitor' }],
        },
      })
      for (const s of [m.settings, (await get(m.id)).settings]) {
        assert.equal(s.authentication_option, byDefault.id)
        assert.equal(s.authentication_name, byDefault.name)
        assert.equal(s.authentication_domains, undefined)
        const exceptions = items(s.authentication_exception)
        assert.equal(exceptions.length, 1)
        const e = exceptions[0]
        assert.deepEqual([e.email, e.name], ['Visitor@Else.example', 'Vi Sitor'])
        assert.ok(str(e.join_url).startsWith(`${t.origin}/j/${m.id}?`))
        assert.match(str(e.join_url), /[?&]tk=[\w-]+\.[\w-]+\.[\w-]+$/)
      }
      const withDomains = await get(
        (
          await create({
            settings: {
              meeting_authentication: true,
              authentication_option: domains.id,
              authentication_domains: 'example.com',
            },
          })
        ).id,
      )
      assert.equal(obj(withDomains.settings).authentication_option, domains.id)
      assert.equal(obj(withDomains.settings).authentication_name, domains.name)
      assert.equal(obj(withDomains.settings).authentication_domains, 'example.com')
      assert.deepEqual(obj(withDomains.settings).authentication_exception, [])
      const open = await get((await create({})).id)
      assert.equal(obj(open.settings).authentication_option, undefined)
      assert.equal(obj(open.settings).authentication_name, undefined)
    })

    it('pmi: the host’s PMI, as a string, for a scheduled or no-fixed-time meeting on the PMI', async () => {
      const onPmi = await create({ settings: { use_pmi: true } })
      assert.equal(onPmi.pmi, String(owner.pmi))
      assert.equal((await get(onPmi.id)).pmi, String(owner.pmi))
      const recurring = await create({ type: 3, settings: { use_pmi: true } })
      assert.equal((await get(recurring.id)).pmi, String(owner.pmi))
      assert.equal((await get((await create({})).id)).pmi, undefined)
    })

    it('invitation: sip_links, none for end-to-end encryption', async () => {
      const m = await create({})
      const res = await call('GET', `/v2/meetings/${m.id}/invitation`)
      assert.equal(res.status, 200)
      assert.deepEqual(res.body.sip_links, [`${m.id}@zoomcrc.com`])
      const e2ee = await create({ settings: { encryption_type: 'e2ee' } })
      assert.deepEqual((await call('GET', `/v2/meetings/${e2ee.id}/invitation`)).body.sip_links, [])
    })

    it('survey: third_party_survey once set', async () => {
      const m = await create({})
      assert.equal(
        (await call('PATCH', `/v2/meetings/${m.id}/survey`, { third_party_survey: 'https://forms.example.com/s/F1' }))
          .status,
        204,
      )
      const res = await call('GET', `/v2/meetings/${m.id}/survey`)
      assert.equal(res.status, 200)
      assert.equal(res.body.third_party_survey, 'https://forms.example.com/s/F1')
    })
  })

  describe('user', () => {
    it('pronouns, pronouns_option, manager, vanity_url, zoom_one_type once set; phone numbers unverified', async () => {
      const u = await newUser('Pat', 'Ronoun')
      let got = (await call<User>('GET', `/v2/users/${u.id}`)).body
      for (const k of ['pronouns', 'pronouns_option', 'manager', 'vanity_url', 'zoom_one_type', 'phone_numbers'])
        assert.equal(got[k], undefined, k)
      const res = await call('PATCH', `/v2/users/${u.id}`, {
        pronouns: 'they/them',
        pronouns_option: 2,
        manager: 'boss@example.com',
        vanity_name: `pat.ronoun${seq}`,
        zoom_one_type: 16,
        phone_numbers: [{ code: '+1', country: 'US', label: 'Office', number: '4155550100' }],
      })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      got = (await call<User>('GET', `/v2/users/${u.id}`)).body
      assert.equal(got.pronouns, 'they/them')
      assert.equal(got.pronouns_option, 2)
      assert.equal(got.manager, 'boss@example.com')
      assert.equal(got.vanity_url, `${t.origin}/my/pat.ronoun${seq}`)
      assert.equal(got.zoom_one_type, 16)
      assert.deepEqual(got.phone_numbers, [
        { code: '+1', country: 'US', label: 'Office', number: '4155550100', verified: false },
      ])
    })

    it('last_login_time and last_client_version: from the user’s latest signed-in client', async () => {
      const u = await newUser('Sig', 'Nin')
      let got = (await call<User>('GET', `/v2/users/${u.id}`)).body
      assert.equal(got.last_login_time, undefined)
      assert.equal(got.last_client_version, undefined)
      const m = await create({ type: 3 })
      await call('POST', `/sim/meetings/${m.id}/start`)
      t.clock.advance(2 * MIN)
      const joinedAt = t.clock.now()
      const joined = await call('POST', `/sim/meetings/${m.id}/participants`, { name: 'Sig Nin', email: u.email })
      assert.equal(joined.status, 201)
      await call('POST', `/sim/meetings/${m.id}/end`)
      token = await t.token()
      got = (await call<User>('GET', `/v2/users/${u.id}`)).body
      assert.equal(got.last_login_time, iso(joinedAt))
      assert.match(str(got.last_client_version), /^\d+\.\d+\.\d+ \(\d+\)$/)
      const listed = find((await call<UserList>('GET', '/v2/users?page_size=300')).body.users, (x) => x.id === u.id)
      assert.equal(listed.last_login_time, iso(joinedAt))
      assert.equal(listed.last_client_version, got.last_client_version)
    })
  })

  describe('group settings', () => {
    it('device list, browser join link and meeting reminder: shown, and changed by PATCH', async () => {
      const g = (await call('POST', '/v2/groups', { name: `Fields ${Date.now()}` })).body
      const read = async () => (await call('GET', `/v2/groups/${g.id}/settings`)).body
      let s = await read()
      assert.equal(obj(s.in_meeting).show_device_list, false)
      assert.equal(obj(s.in_meeting).only_host_view_device_list, false)
      assert.equal(obj(s.in_meeting).show_browser_join_link, obj(s.in_meeting).show_a_join_from_your_browser_link)
      assert.equal(typeof obj(s.in_meeting).show_browser_join_link, 'boolean')
      assert.equal(obj(s.schedule_meeting).upcoming_meeting_reminder, true)
      const res = await call('PATCH', `/v2/groups/${g.id}/settings`, {
        in_meeting: { show_device_list: true, only_host_view_device_list: true, show_browser_join_link: true },
        schedule_meeting: { upcoming_meeting_reminder: false },
      })
      assert.equal(res.status, 204, JSON.stringify(res.body))
      s = await read()
      assert.equal(obj(s.in_meeting).show_device_list, true)
      assert.equal(obj(s.in_meeting).only_host_view_device_list, true)
      assert.equal(obj(s.in_meeting).show_browser_join_link, true)
      // The same setting under its current name.
      assert.equal(obj(s.in_meeting).show_a_join_from_your_browser_link, true)
      assert.equal(obj(s.schedule_meeting).upcoming_meeting_reminder, false)
    })
  })

  describe('account', () => {
    it('vanity_url: empty for an account without its own subdomain', async () => {
      const res = await call('GET', `/v2/accounts/${t.seed.accountId}`)
      assert.equal(res.status, 200)
      assert.equal(res.body.vanity_url, '')
    })
  })

  describe('past meeting participants', () => {
    it('user_email: a guest’s email shows when the host gave it (invitee, authentication exception, breakout room)', async () => {
      const m = await create({
        type: 3,
        settings: {
          meeting_invitees: [{ email: 'Invitee@Else.example' }],
          authentication_exception: [{ email: 'exempt@else.example', name: 'Ex Empt' }],
          breakout_room: { enable: true, rooms: [{ name: 'Room 1', participants: ['roomie@else.example'] }] },
        },
      })
      await call('POST', `/sim/meetings/${m.id}/start`)
      for (const [name, email] of [
        ['Invitee', 'invitee@else.example'],
        ['Exempt', 'exempt@else.example'],
        ['Roomie', 'roomie@else.example'],
        ['Stranger', 'stranger@else.example'],
      ]) {
        assert.equal((await call('POST', `/sim/meetings/${m.id}/participants`, { name, email })).status, 201)
      }
      await call('POST', `/sim/meetings/${m.id}/end`)
      const res = await call('GET', `/v2/past_meetings/${m.id}/participants`)
      assert.equal(res.status, 200)
      assert.deepEqual(
        items(res.body.participants).map((p) => [p.name, p.user_email]),
        [
          ['Invitee', 'invitee@else.example'],
          ['Exempt', 'exempt@else.example'],
          ['Roomie', 'roomie@else.example'],
          ['Stranger', ''],
        ],
      )
    })

    it('user_email: a guest the host gave stays shown on rejoining, though the host dropped them since', async () => {
      const m = await create({ type: 3, settings: { meeting_invitees: [{ email: 'back@else.example' }] } })
      await call('POST', `/sim/meetings/${m.id}/start`)
      const joined = await call('POST', `/sim/meetings/${m.id}/participants`, {
        name: 'Back',
        email: 'back@else.example',
      })
      assert.equal(joined.status, 201)
      const pid = String(joined.body.participant_id)
      // The settings of a meeting in progress cannot be changed through the API: the host drops the invitee elsewhere.
      const db = t.server.svc.db.kysely
      const row = await db.selectFrom('meetings').select('data').where('id', '=', m.id).executeTakeFirstOrThrow()
      const doc = JSON.parse(row.data) as { settings: Json }
      doc.settings.meeting_invitees = []
      await db
        .updateTable('meetings')
        .set({ data: JSON.stringify(doc) })
        .where('id', '=', m.id)
        .execute()
      assert.equal((await call('DELETE', `/sim/meetings/${m.id}/participants/${pid}`)).status, 204)
      assert.equal((await call('POST', `/sim/meetings/${m.id}/participants`, { participant_id: pid })).status, 201)
      await call('POST', `/sim/meetings/${m.id}/end`)
      const res = await call('GET', `/v2/past_meetings/${m.id}/participants`)
      assert.deepEqual(
        items(res.body.participants).map((p) => p.user_email),
        ['back@else.example', 'back@else.example'],
      )
    })
  })
})
