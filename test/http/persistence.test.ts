import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { startTestServer } from '../helpers/server.js'

describe('state survives a restart', () => {
  it('the seeded credentials and created users are still there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-persist-'))
    const file = join(dir, 'zoom.db')
    try {
      const first = await startTestServer({ file })
      const token = await first.token()
      const created = await first.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'kept@example.com', type: 1 } },
      })
      assert.equal(created.status, 201)
      const seed = first.seed
      await first.close()

      // On PostgreSQL the test database is a fresh schema per server, so reuse the first one's URL.
      const second = await startTestServer({ databaseUrl: first.config.databaseUrl, clock: first.clock })
      try {
        assert.equal(second.seed.created, false)
        assert.equal(second.seed.clientId, seed.clientId)
        assert.equal(second.seed.clientSecret, seed.clientSecret)
        assert.equal(second.seed.accountId, seed.accountId)
        // A token minted before the restart still works (tokens are stored, not held in memory).
        const res = await second.call('GET', '/v2/users/kept@example.com', { token })
        assert.equal(res.status, 200)
        assert.equal(res.body.id, created.body.id)
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('ZOOM_* variables fix the seeded account and app', async () => {
    const { loadConfig } = await import('../../src/config.js')
    const { createServer } = await import('../../src/server.js')
    const { ensureSeed } = await import('../../src/seed.js')
    const config = loadConfig({
      DATABASE_URL: ':memory:',
      ZOOM_ACCOUNT_ID: 'acct_fixed_1234567890',
      ZOOM_CLIENT_ID: 'client_fixed',
      ZOOM_CLIENT_SECRET: 'secret_fixed',
    } as NodeJS.ProcessEnv)
    if (process.env.TEST_DATABASE_URL) return // covered on SQLite; the fixed ids would collide between PostgreSQL runs
    const server = await createServer(config)
    try {
      const seed = await ensureSeed(server.svc, config.seed)
      assert.deepEqual(
        [seed.accountId, seed.clientId, seed.clientSecret],
        ['acct_fixed_1234567890', 'client_fixed', 'secret_fixed'],
      )
      const again = await ensureSeed(server.svc, config.seed)
      assert.equal(again.created, false)
    } finally {
      await server.close()
    }
  })
})
