import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { parse as parseYaml } from 'yaml'
import { seedFixtures } from '../../src/sim/fixtures.js'
import type { Fixtures } from '../../src/schemas/simulator/fixtures.js'
import { startWithToken } from '../helpers/fixtures.js'
import { items, num, obj, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const example = parseYaml(readFileSync(new URL('../../examples/fixtures.yaml', import.meta.url), 'utf8')) as Fixtures

describe('Simulator: fixtures', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('creates accounts, users, meetings, webinars and past meetings, answering ids by ref', async () => {
    const res = await t.call('POST', '/sim/fixtures', { token, body: example })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const acme = obj(obj(res.body.accounts).acme)
    assert.equal(acme.created, true)
    assert.equal(acme.plan, 'business')
    assert.equal(acme.owner_email, 'owner@acme.example')
    const users = obj(res.body.users)
    const alice = obj(users.alice)
    const bob = obj(users.bob)
    assert.equal(alice.account_id, t.seed.accountId)
    assert.equal(bob.account_id, acme.id)

    const sub = await t.call('GET', `/v2/accounts/${str(acme.id)}`, { token })
    assert.equal(sub.status, 200, JSON.stringify(sub.body))
    const aliceOut = await t.call('GET', `/v2/users/${str(alice.id)}`, { token })
    assert.equal(aliceOut.body.type, 2)
    assert.equal(aliceOut.body.first_name, 'Alice')
    assert.equal(aliceOut.body.status, 'active')
    const settings = await t.call('GET', `/v2/users/${str(alice.id)}/settings`, { token })
    assert.equal(obj(settings.body.feature).webinar, true)

    const standup = obj(obj(res.body.meetings).standup)
    const meeting = await t.call('GET', `/v2/meetings/${num(standup.id)}`, { token })
    assert.equal(meeting.status, 200, JSON.stringify(meeting.body))
    assert.equal(meeting.body.topic, 'Daily standup')
    assert.equal(meeting.body.host_id, alice.id)
    assert.equal(obj(meeting.body.settings).waiting_room, false)
    const review = obj(obj(res.body.meetings)['acme-review'])
    assert.equal(review.account_id, acme.id)
    const launch = obj(obj(res.body.webinars).launch)
    assert.equal((await t.call('GET', `/v2/webinars/${num(launch.id)}`, { token })).body.topic, 'Product launch')

    const [past] = items(res.body.past)
    assert.equal(past?.meeting, 'standup')
    assert.equal(past?.played, true)
    assert.equal(past?.participants_count, 2)
    const held = await t.call('GET', `/v2/past_meetings/${num(standup.id)}/participants`, { token })
    assert.equal(held.status, 200, JSON.stringify(held.body))
    assert.deepEqual(
      items(held.body.participants)
        .map((p) => p.name)
        .sort(),
      ['Alice Archer', 'Guest Gary'],
    )
  })

  it('creates nothing twice when the same document is loaded again', async () => {
    const before = await t.call('GET', '/v2/users?page_size=300', { token })
    const res = await t.call('POST', '/sim/fixtures', { token, body: example })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    for (const section of ['accounts', 'users', 'meetings', 'webinars'])
      for (const item of Object.values(obj(res.body[section]))) assert.equal(obj(item).created, false, section)
    assert.equal(items(res.body.past)[0]?.played, false)
    const after = await t.call('GET', '/v2/users?page_size=300', { token })
    assert.equal(after.body.total_records, before.body.total_records)
    const meetings = await t.call('GET', `/v2/users/${str(obj(obj(res.body.users).alice).id)}/meetings`, { token })
    assert.equal(items(meetings.body.meetings).filter((m) => m.topic === 'Daily standup').length, 1)
  })

  it('takes the file as written, in YAML, and refuses YAML anywhere but the simulator', async () => {
    const text = readFileSync(new URL('../../examples/fixtures.yaml', import.meta.url), 'utf8')
    const post = (path: string, body: string) =>
      fetch(`${t.origin}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/yaml' },
        body,
      })
    const res = await post('/sim/fixtures', text)
    assert.equal(res.status, 200)
    const body = obj(await res.json())
    assert.equal(obj(obj(body.users).alice).created, false, 'the document loaded before, so nothing is new')
    const broken = await post('/sim/fixtures', 'users: [unclosed')
    assert.equal(broken.status, 400)
    assert.deepEqual(await broken.json(), { code: 300, message: 'Request Body should be a valid YAML document.' })
    // An alias bomb is refused rather than expanded.
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n')
    assert.equal((await post('/sim/fixtures', bomb)).status, 400)
    const api = await post('/v2/users/me/meetings', 'topic: not here')
    assert.equal(api.status, 400)
    assert.equal(obj(await api.json()).code, 300)
  })

  it('refuses a document with field paths and writes nothing', async () => {
    const users = (await t.call('GET', '/v2/users?page_size=300', { token })).body.total_records
    const bad = await t.call('POST', '/sim/fixtures', {
      token,
      body: {
        users: [
          { email: 'one@example.com' },
          { email: 'two@example.com', account: 'nowhere' },
          { email: 'not-an-email' },
        ],
        meetings: [{ ref: 'm', user: 'one@example.com', topic: 'x' }],
        past: [{ meeting: 'missing', scenario: { duration_minutes: 10, participants: [] } }],
      },
    })
    refused(bad, 400, 300)
    assert.deepEqual(
      items(bad.body.errors).map((e) => e.field),
      ['users.2.email'],
    )
    const refs = await t.call('POST', '/sim/fixtures', {
      token,
      body: {
        users: [{ email: 'one@example.com' }, { email: 'two@example.com', account: 'nowhere' }],
        past: [{ meeting: 'missing', scenario: { duration_minutes: 10, participants: [] } }],
      },
    })
    refused(refs, 400, 300)
    assert.deepEqual(
      items(refs.body.errors).map((e) => e.field),
      ['users.1.account', 'past.0.meeting'],
    )
    const host = await t.call('POST', '/sim/fixtures', {
      token,
      body: { meetings: [{ ref: 'm', user: 'nobody@example.com', topic: 'x' }] },
    })
    refused(host, 400, 300)
    assert.deepEqual(
      items(host.body.errors).map((e) => e.field),
      ['meetings.0.user'],
    )
    assert.equal((await t.call('GET', '/v2/users?page_size=300', { token })).body.total_records, users)
  })
})

describe('Simulator: fixtures loaded at start (--seed)', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('become the state /sim/reset returns to', async () => {
    const loaded = await seedFixtures(t.server.svc, t.seed, example)
    const aliceId = loaded.users?.alice?.id ?? ''
    const standup = loaded.meetings?.standup?.id ?? 0
    const extra = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'custCreate', user_info: { email: 'later@example.com', type: 1 } },
    })
    assert.equal(extra.status, 201, JSON.stringify(extra.body))
    assert.equal((await t.call('DELETE', `/v2/meetings/${standup}`, { token })).status, 204)

    const reset = await t.call('POST', '/sim/reset', { token })
    assert.equal(reset.status, 200, JSON.stringify(reset.body))
    assert.equal((await t.call('GET', `/v2/users/${aliceId}`, { token })).status, 200)
    assert.equal((await t.call('GET', `/v2/meetings/${standup}`, { token })).status, 200)
    refused(await t.call('GET', `/v2/users/${str(extra.body.id)}`, { token }), 404, 1001)

    // A restart on the same database loads nothing new and keeps the snapshot.
    const again = await seedFixtures(t.server.svc, t.seed, example)
    assert.equal(again.users?.alice?.created, false)
  })
})
