// Server processes sharing one PostgreSQL database keep one clock: a move made through one of them reaches the
// others, and moves made through several at once all count.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ManualClock } from '../../src/clock.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const onPostgres = !!process.env.TEST_DATABASE_URL

describe('one clock for several processes', { skip: !onPostgres && 'needs TEST_DATABASE_URL (PostgreSQL)' }, () => {
  let a: TestServer
  let b: TestServer
  const start = Date.UTC(2026, 10, 2, 9, 0, 0)

  before(async () => {
    a = await startTestServer({ clock: new ManualClock(start) })
    b = await startTestServer({ clock: new ManualClock(start), databaseUrl: a.config.databaseUrl })
  })
  after(async () => {
    await b?.close()
    await a?.close()
  })

  const now = async (t: TestServer) => {
    const res = await t.call('GET', '/sim/clock', { token: await t.token() })
    assert.equal(res.status, 200, res.text)
    return Date.parse(String(res.body.now))
  }
  const advance = async (t: TestServer, ms: number) => {
    const res = await t.call('POST', '/sim/clock/advance', { token: await t.token(), body: { ms } })
    assert.equal(res.status, 200, res.text)
  }
  /** Waits (on real time: the processes poll the database) until `t`'s clock reads `expected`. */
  const reaches = async (t: TestServer, expected: number) => {
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if ((await now(t)) === expected) return
      await new Promise((r) => setTimeout(r, 100))
    }
    assert.equal(await now(t), expected)
  }

  it('a move through one process reaches the other', async () => {
    await advance(a, 60_000)
    assert.equal(await now(a), start + 60_000)
    await reaches(b, start + 60_000)
  })

  it('moves made through both at once add up', async () => {
    await Promise.all([advance(a, 1_000), advance(b, 2_000)])
    await reaches(a, start + 63_000)
    await reaches(b, start + 63_000)
  })
})
