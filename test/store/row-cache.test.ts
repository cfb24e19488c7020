import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { after, before, describe, it } from 'node:test'
import { must } from '../helpers/json.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Reads of a user by id may be served from memory; every kind of write must be seen by the next read.
describe('user rows cached in memory stay fresh', () => {
  let t: TestServer
  let token: string
  let id: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    id = (
      await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'cache@example.com',
        type: 1,
        first_name: 'A',
      })
    ).id
  })
  after(() => t.close())

  const firstName = async () => (await t.call<User>('GET', `/v2/users/${id}`, { token })).body.first_name

  it('a PATCH through the API', async () => {
    assert.equal(await firstName(), 'A')
    assert.equal((await t.call('PATCH', `/v2/users/${id}`, { token, body: { first_name: 'B' } })).status, 204)
    assert.equal(await firstName(), 'B')
  })

  it('a write through the query builder, in and out of a transaction', async () => {
    const k = t.server.svc.db.kysely
    const user = must(await t.server.svc.users.byId(t.seed.accountId, id))
    await k
      .updateTable('users')
      .set({ data: JSON.stringify({ ...user.doc, first_name: 'C' }) })
      .where('id', '=', id)
      .execute()
    assert.equal(await firstName(), 'C')
    await k.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ data: JSON.stringify({ ...user.doc, first_name: 'D' }) })
        .where('id', '=', id)
        .execute()
    })
    assert.equal(await firstName(), 'D')
  })

  it('raw SQL writes', async () => {
    await sql`UPDATE users SET status = 'inactive' WHERE id = ${id}`.execute(t.server.svc.db.kysely)
    assert.equal((await t.call<User>('GET', `/v2/users/${id}`, { token })).body.status, 'inactive')
  })

  it('a handler cannot change what the next request reads', async () => {
    const a = must(await t.server.svc.users.byId(t.seed.accountId, id))
    // On SQLite the cached document is shared and frozen: an in-place edit fails loudly instead of leaking.
    // PostgreSQL caches nothing, so there the edit simply stays in the caller's copy.
    if (t.server.svc.db.dialect === 'sqlite') {
      assert.throws(() => {
        a.doc.first_name = 'mutated'
      }, TypeError)
    } else {
      a.doc.first_name = 'mutated'
    }
    Object.assign(a, { email: 'mutated@example.com' })
    a.doc = { ...a.doc, first_name: 'replaced' }
    const b = must(await t.server.svc.users.byId(t.seed.accountId, id))
    assert.equal(b.doc.first_name, 'D')
    assert.equal(b.email, 'cache@example.com')
  })

  it('deletion', async () => {
    await t.call('DELETE', `/v2/users/${id}?action=delete`, { token })
    assert.equal((await t.call<User>('GET', `/v2/users/${id}`, { token })).status, 404)
  })
})
