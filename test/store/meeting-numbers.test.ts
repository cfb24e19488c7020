import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingsRepo } from '../../src/store/meetings.repo.js'
import { uuidV7 } from '../../src/util/random.js'
import { must, num, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

// Meeting numbers are unique across accounts, deleted meetings included. Create tries another number when the
// one it drew is taken; the insert tells it so without failing the transaction it runs in (PostgreSQL aborts a
// transaction on any error).
describe('meeting numbers', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('an insert with a number already taken reports it, and the transaction goes on', async () => {
    const created = await t.call('POST', '/v2/users/me/meetings', {
      token,
      body: { topic: 'first', type: 2, start_time: '2026-12-01T10:00:00Z' },
    })
    assert.equal(created.status, 201)
    const repo = new MeetingsRepo(t.server.svc.db.kysely)
    const taken = must(await repo.byId(t.seed.accountId, num(created.body.id)))
    const { seq: _seq, ...row } = taken
    const fresh = 98765432109
    const results = await t.server.svc.db.kysely.transaction().execute(async (trx) => {
      const clash = await repo.insert(
        { ...row, uuid: 'another+uuid/AAAAAAAAAA==', data: JSON.stringify({ topic: 'clash' }) },
        trx,
      )
      const next = await repo.insert({ ...row, id: fresh, uuid: 'third+uuid/AAAAAAAAAAAA==' }, trx)
      return { clash, next }
    })
    assert.equal(results.clash, undefined)
    assert.equal(typeof results.next, 'number')
    assert.equal((await t.call('GET', `/v2/meetings/${created.body.id}`, { token })).body.topic, 'first')
    assert.equal((await t.call('GET', `/v2/meetings/${fresh}`, { token })).body.topic, 'first')
  })

  it("meeting UUIDs keep Zoom's form: 16 bytes in standard base64", async () => {
    const uuids = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const res = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: `m${i}`, type: 2, start_time: '2026-12-01T10:00:00Z' },
      })
      assert.match(str(res.body.uuid), /^[A-Za-z0-9+/]{22}==$/)
      uuids.add(str(res.body.uuid))
    }
    assert.equal(uuids.size, 20)
  })

  it('event ids are version 7 UUIDs that sort by time', () => {
    const a = uuidV7(Date.UTC(2026, 0, 1))
    const b = uuidV7(Date.UTC(2026, 0, 1) + 1)
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    assert.ok(a < b)
    assert.equal(a.slice(0, 13), '019b76da-a800')
  })
})
