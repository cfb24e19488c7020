// The defaults and ceilings the documents state for query parameters are what the server applies: a list's page
// size when none is asked, and the largest page it serves. Stating them must not change what the validator does.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { operations } from '../../src/api/index.js'
import { requestValidator } from '../../src/http/validation.js'
import { SERVED_DEFAULT, SERVED_MAXIMUM } from '../../src/schemas/kit.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { num, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

interface Param {
  name: string
  in: string
  schema: { default?: unknown; maximum?: unknown }
}
type Doc = { paths: Record<string, Record<string, { operationId: string; parameters?: Param[] }>> }

const twice = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))

describe('query parameter defaults and ceilings in /openapi.json', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  const docs: Record<string, Doc> = {}
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    docs.en = (await t.call<Doc>('GET', '/openapi.json')).body
    docs.zh = (await t.call<Doc>('GET', '/openapi.json?lang=zh')).body
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', `/v2${path}`, { token })

  /** The published schema of `name` on the GET operation at `path`. */
  const published = (path: string, name: string) => {
    const p = docs.en?.paths[path]?.get?.parameters?.find((x) => x.name === name && x.in === 'query')
    assert.ok(p, `${path} ${name}`)
    return { size: num(p.schema.default), max: num(p.schema.maximum) }
  }

  it('gives every page_size a default and a maximum, in both languages, and leaks no annotation key', () => {
    for (const [lang, doc] of Object.entries(docs)) {
      let seen = 0
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const op of Object.values(methods)) {
          for (const p of op.parameters ?? []) {
            assert.ok(!(SERVED_DEFAULT in p.schema) && !(SERVED_MAXIMUM in p.schema), `${lang} ${path} ${p.name}`)
            if (p.name !== 'page_size' || p.in !== 'query') continue
            seen++
            assert.equal(typeof p.schema.default, 'number', `${lang} ${path}: default`)
            assert.equal(typeof p.schema.maximum, 'number', `${lang} ${path}: maximum`)
            assert.ok(num(p.schema.default) <= num(p.schema.maximum), `${lang} ${path}`)
          }
        }
      }
      assert.ok(seen > 90, `${lang}: ${seen} page_size parameters`)
    }
    assert.deepEqual(published('/metrics/meetings/{meetingId}/participants/qos', 'page_size'), { size: 1, max: 10 })
    assert.deepEqual(published('/report/users', 'page_size'), { size: 30, max: 300 })
    assert.deepEqual(published('/groups', 'page_size'), { size: 2000, max: 2000 })
  })

  it("shows the default and the range in the reference pages' parameter tables", async () => {
    for (const lang of ['en', 'zh'] as const) {
      const page = await t.call('GET', `/docs/${lang}/dashboards/dashboardMeetingParticipantsQOS`)
      assert.equal(page.status, 200, page.text)
      const row = /<tr id="param-page_size">[\s\S]*?<\/tr>/.exec(page.text)?.[0] ?? ''
      const cell = /<td class="details">([\s\S]*?)<\/td>/.exec(row)?.[1] ?? ''
      assert.match(cell, /<code>1<\/code>/, lang)
      assert.match(cell, /1–10/, lang)
    }
  })

  it('a list clamping its pages serves the documented default, and the documented maximum for a larger page', async () => {
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Paged lists', type: 2 } },
        duration_minutes: 10,
        participants: [
          { name: 'Owner', user_id: ownerId, join_offset_minutes: 0 },
          { name: 'Guest', join_offset_minutes: 1, leave_offset_minutes: 6 },
        ],
      },
    })
    assert.equal(played.status, 200, played.text)
    const past = (await get(`/past_meetings/${num(played.body.id)}`)).body
    const uuid = str(past.uuid)
    const day = str(past.start_time).slice(0, 10)
    const lists = [
      {
        path: '/metrics/meetings/{meetingId}/participants/qos',
        url: `/metrics/meetings/${twice(uuid)}/participants/qos?type=past`,
      },
      { path: '/metrics/meetings', url: `/metrics/meetings?type=past&from=${day}&to=${day}` },
      { path: '/report/users', url: `/report/users?type=active&from=${day}&to=${day}` },
      { path: '/past_meetings/{meetingId}/participants', url: `/past_meetings/${twice(uuid)}/participants?` },
    ]
    for (const { path, url } of lists) {
      const { size, max } = published(path, 'page_size')
      const plain = await get(url)
      assert.equal(plain.status, 200, `${url}: ${plain.text}`)
      assert.equal(plain.body.page_size, size, url)
      const big = await get(`${url}&page_size=${max + 1}`)
      assert.equal(big.status, 200, `${url}: ${big.text}`)
      assert.equal(big.body.page_size, max, url)
    }
  })

  it('a list refusing a larger page still refuses it, and serves its documented default', async () => {
    const made = await t.call('POST', '/v2/groups', { token, body: { name: 'Paged members' } })
    assert.equal(made.status, 201, made.text)
    const url = `/groups/${str(made.body.id)}/members`
    const { size, max } = published('/groups/{groupId}/members', 'page_size')
    const plain = await get(url)
    assert.equal(plain.status, 200, plain.text)
    assert.equal(plain.body.page_size, size)
    assert.equal((await get(`${url}?page_size=${max}`)).body.page_size, max)
    assert.equal((await get(`${url}?page_size=${max + 1}`)).status, 400)
  })

  /** The published default of query parameter `name` of the `method` operation at `path`, the same in both languages. */
  const defaultOf = (path: string, name: string, method = 'get') => {
    const [en, zh] = [docs.en, docs.zh].map((doc) =>
      doc?.paths[path]?.[method]?.parameters?.find((x) => x.name === name && x.in === 'query'),
    )
    assert.ok(en && zh, `${method} ${path} ${name}`)
    assert.deepEqual(zh.schema.default, en.schema.default, `${path} ${name}`)
    return en.schema.default
  }

  it('states the default of the other query parameters the server fills in', () => {
    const expected: Record<string, Record<string, unknown>> = {
      '/users': { page_number: 1 },
      '/report/telephone': { page_number: 1 },
      '/meetings/{meetingId}/recordings/registrants': { page_number: 1, status: 'approved' },
      '/users/{userId}/recordings': { trash: false, trash_type: 'meeting_recordings', mc: 'false' },
      '/archive_files': { query_date_type: 'meeting_start_time' },
      '/metrics/quality': { type: 'meeting' },
      '/webinars/{webinarId}/token': { type: 'closed_caption_token' },
      '/users/{userId}': { encrypted_email: false },
      '/users/{userId}/token': { ttl: 7200 },
      '/roles': { type: 'common' },
    }
    for (const [path, params] of Object.entries(expected))
      for (const [name, value] of Object.entries(params)) assert.equal(defaultOf(path, name), value, `${path} ${name}`)
    assert.equal(defaultOf('/meetings/{meetingId}/recordings', 'action', 'delete'), 'trash')
  })

  it('serves the documented page, token lifetime and role type when they are not asked', async () => {
    const users = await get('/users?page_size=1')
    assert.equal(users.status, 200, users.text)
    assert.equal(users.body.page_number, defaultOf('/users', 'page_number'))

    // A user added with `create` holds the ordinary ZAK lifetime; the seeded owner, a custCreate user, 90 days.
    const made = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'create', user_info: { email: 'zak.default@example.com', type: 1 } },
    })
    assert.equal(made.status, 201, made.text)
    const lifetime = async (userId: string) => {
      const zak = await get(`/users/${userId}/token?type=zak`)
      assert.equal(zak.status, 200, zak.text)
      const payload = Buffer.from(str(zak.body.token).split('.')[1] ?? '', 'base64url').toString()
      const claims = JSON.parse(payload) as { iat: number; exp: number }
      return claims.exp - claims.iat
    }
    assert.equal(await lifetime(str(made.body.id)), defaultOf('/users/{userId}/token', 'ttl'))
    assert.equal(await lifetime(ownerId), 90 * 86_400)

    const roles = await get('/roles')
    assert.equal(roles.status, 200, roles.text)
    assert.deepEqual(roles.body, (await get(`/roles?type=${str(defaultOf('/roles', 'type'))}`)).body)
    assert.notDeepEqual(roles.body, (await get('/roles?type=iq')).body)
  })

  it('the validator neither fills in a served default nor refuses a value above a served maximum', () => {
    const ajv = requestValidator('text')
    let annotated = 0
    for (const op of operations) {
      const props = (op.query as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties
      if (!props) continue
      const validate = ajv.compile(op.query as object)
      for (const [name, s] of Object.entries(props)) {
        if (s[SERVED_DEFAULT] === undefined && s[SERVED_MAXIMUM] === undefined) continue
        annotated++
        const empty: Record<string, unknown> = {}
        validate(empty)
        assert.ok(!(name in empty) || s.default !== undefined, `${op.id} ${name}: filled in`)
        const ceiling = s[SERVED_MAXIMUM]
        if (typeof ceiling === 'number' && s.maximum === undefined) {
          const above: Record<string, unknown> = { [name]: ceiling + 1 }
          validate(above)
          assert.ok(!validate.errors?.some((e) => e.instancePath === `/${name}`), `${op.id} ${name}: refused`)
        }
      }
    }
    assert.ok(annotated > 40, `${annotated} annotated parameters`)
  })
})
