import assert from 'node:assert/strict'
import BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, it } from 'node:test'
import { openDb, type Db } from '../../src/store/db.js'

// The embedded database commits transactions that follow one another as a group. What a caller sees must not
// change: each transaction is atomic on its own, and is on disk (visible to another connection) by the time it
// is reported done.
/** The tables this test creates. */
interface Scratch {
  items: { name: string }
  parents: { id: number }
  children: { id: number; parent: number }
  padded: { name: string; pad: string }
}

describe('SQLite group commit', () => {
  let dir: string
  let db: Db
  let k: Kysely<Scratch>
  let other: BetterSqlite3.Database
  const count = () => (other.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n
  const names = () =>
    (other.prepare('SELECT name FROM items ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'))
    db = await openDb(join(dir, 'g.db'))
    k = db.kysely as unknown as Kysely<Scratch>
    await sql`CREATE TABLE items (name text PRIMARY KEY)`.execute(k)
    await sql`CREATE TABLE parents (id integer PRIMARY KEY)`.execute(k)
    await sql`CREATE TABLE children (id integer PRIMARY KEY, parent integer REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)`.execute(
      k,
    )
    other = new BetterSqlite3(join(dir, 'g.db'), { readonly: true })
  })
  after(async () => {
    other.close()
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(async () => {
    await sql`DELETE FROM items`.execute(k)
  })

  it('transactions started together are each on disk when reported done', async () => {
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        k
          .transaction()
          .execute(async (trx) => {
            await trx
              .insertInto('items')
              .values({ name: `n${String(i).padStart(2, '0')}` })
              .execute()
            return i
          })
          .then((i) => ({
            i,
            onDisk: (
              other.prepare('SELECT count(*) AS n FROM items WHERE name = ?').get(`n${String(i).padStart(2, '0')}`) as {
                n: number
              }
            ).n,
          })),
      ),
    )
    assert.deepEqual(
      seen.map((s) => s.onDisk),
      Array(20).fill(1),
    )
    assert.equal(count(), 20)
  })

  it('a failing transaction undoes only its own writes', async () => {
    const results = await Promise.allSettled([
      k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'a' }).execute()),
      k.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ name: 'b' }).execute()
        throw new Error('changed my mind')
      }),
      k.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ name: 'c' }).execute()
        await trx.insertInto('items').values({ name: 'a' }).execute() // duplicate key
      }),
      k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'd' }).execute()),
    ])
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'rejected', 'fulfilled'],
    )
    assert.deepEqual(names(), ['a', 'd'])
  })

  it('a read outside a transaction sees what the group wrote, and returns once it is on disk', async () => {
    const write = k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'r' }).execute())
    const read = k
      .selectFrom('items')
      .select('name')
      .execute()
      .then((rows) => ({ rows, onDisk: count() }))
    const [, r] = await Promise.all([write, read])
    assert.deepEqual(r.rows, [{ name: 'r' }])
    assert.equal(r.onDisk, 1)
  })

  it('a write outside a transaction commits the group first, then runs on its own', async () => {
    const inGroup = k.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'g' }).execute()
    })
    const alone = k
      .insertInto('items')
      .values({ name: 'h' })
      .execute()
      .then(() => names())
    const [, seenAfterAlone] = await Promise.all([inGroup, alone])
    assert.deepEqual(seenAfterAlone, ['g', 'h'])
  })

  it('a transaction run by hand on a held connection (BEGIN IMMEDIATE … COMMIT) works while a group is open', async () => {
    const inGroup = k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'x' }).execute())
    const byHand = k.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn)
      await conn.insertInto('items').values({ name: 'y' }).execute()
      await sql`COMMIT`.execute(conn)
    })
    await Promise.all([inGroup, byHand])
    assert.deepEqual(names(), ['x', 'y'])
  })

  it('a commit that fails fails every transaction of the group, and the next group starts clean', async () => {
    await sql`INSERT INTO parents (id) VALUES (1)`.execute(k)
    const results = await Promise.allSettled([
      k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'p' }).execute()),
      // Checked only at COMMIT: the whole group's commit fails.
      k.transaction().execute((trx) => sql`INSERT INTO children (id, parent) VALUES (1, 99)`.execute(trx)),
    ])
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    )
    assert.match(String((results[1] as PromiseRejectedResult).reason), /FOREIGN KEY/)
    assert.equal(count(), 0)
    await k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'q' }).execute())
    assert.deepEqual(names(), ['q'])
  })

  it('an error that makes SQLite roll back everything (disk full) fails the whole group, and the next starts clean', async () => {
    await sql`CREATE TABLE padded (name text PRIMARY KEY, pad text)`.execute(k)
    const pages = (await sql<{ page_count: number }>`PRAGMA page_count`.execute(k)).rows[0].page_count
    await sql.raw(`PRAGMA max_page_count = ${pages + 3}`).execute(k)
    try {
      const results = await Promise.allSettled([
        k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'before' }).execute()),
        k.transaction().execute((trx) =>
          trx
            .insertInto('padded')
            .values({ name: 'big', pad: 'x'.repeat(200_000) })
            .execute(),
        ),
      ])
      assert.deepEqual(
        results.map((r) => r.status),
        ['rejected', 'rejected'],
      )
      assert.match(String((results[1] as PromiseRejectedResult).reason), /full/)
      await k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'after' }).execute())
      assert.deepEqual(names(), ['after'])
    } finally {
      await sql.raw('PRAGMA max_page_count = 1073741823').execute(k)
    }
  })

  it('a caller gets its own error without the group being lost', async () => {
    await assert.rejects(
      k.transaction().execute(() => Promise.reject(new Error('nothing written'))),
      /nothing written/,
    )
    await k.transaction().execute((trx) => trx.insertInto('items').values({ name: 'z' }).execute())
    assert.deepEqual(names(), ['z'])
  })
})
