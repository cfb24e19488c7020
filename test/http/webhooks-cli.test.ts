import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import type { CommandFailure } from '../helpers/cli.js'
import { plainReceiver } from '../helpers/rivet-webhooks.js'
import { startTestServer } from '../helpers/server.js'

const run = promisify(execFile)

describe('webhooks command line', () => {
  it('add, list, log and remove subscriptions of the seeded app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-cli-'))
    // A seeded database (a file, or a fresh schema on PostgreSQL), then the CLI on it.
    const t = await startTestServer({ file: join(dir, 'zoom.db') })
    const { databaseUrl } = t.config
    const secret = t.seed.webhookSecretToken
    await t.close()
    const hook = await plainReceiver({ secret })
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'error',
    }
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', ...args], { env, cwd: process.cwd() })
    try {
      const added = await cli(
        'add',
        '--url',
        hook.url,
        '--events',
        'user.created,user.updated',
        '--name',
        'from cli',
        '--header',
        'x-token: abc',
      )
      const { event_subscription_id: id } = JSON.parse(added.stdout)
      assert.match(id, /^[A-Za-z0-9_-]{22}$/)
      assert.equal(hook.requests.length, 1)
      assert.equal(hook.requests[0].headers['x-token'], 'abc')

      const listed = JSON.parse((await cli('list')).stdout)
      assert.equal(listed.length, 1)
      assert.equal(listed[0].event_subscription_id, id)
      assert.deepEqual(listed[0].events, ['user.created', 'user.updated'])
      assert.equal(listed[0].status, 'active')

      const log = (await cli('log')).stdout
      assert.match(log, /200 .* endpoint\.url_validation {2}http:\/\/127\.0\.0\.1:\d+\/hook/)

      await assert.rejects(cli('add', '--url', 'http://127.0.0.1:1/closed', '--events', 'user.created'), (err) => {
        const failure = err as CommandFailure
        assert.equal(failure.code, 1)
        assert.match(failure.stderr, /URL validation failed/)
        return true
      })

      assert.match((await cli('remove', id)).stdout, new RegExp(`removed ${id}`))
      assert.deepEqual(JSON.parse((await cli('list')).stdout), [])
    } finally {
      await hook.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
