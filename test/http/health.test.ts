import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { startTestServer } from '../helpers/server.js'

describe('GET /health', () => {
  it('answers 200 without a token while the database answers', async () => {
    const t = await startTestServer()
    try {
      const res = await t.call('GET', '/health')
      assert.equal(res.status, 200, res.text)
      assert.equal(res.body.status, 'ok')
      assert.equal(res.body.database, process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite')
      assert.equal(typeof res.body.database_ms, 'number')
    } finally {
      await t.close()
    }
  })

  it('answers 503 with the reason when the database does not answer', async () => {
    const t = await startTestServer()
    await t.server.svc.db.close()
    try {
      const res = await t.call('GET', '/health')
      assert.equal(res.status, 503, res.text)
      assert.equal(res.body.status, 'unavailable')
      assert.match(String(res.body.reason), /^database: /)
    } finally {
      await t.close().catch(() => undefined)
    }
  })
})
