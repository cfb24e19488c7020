import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { cli } from '../helpers/cli.js'
import { refused } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

/** What `apps create`, `apps update` and each row of `apps list` print. */
interface PrintedApp {
  client_id: string
  client_secret: string
  account_id: string
  name: string
  type: string
  status: string
  redirect_uris: string[]
  scopes: string[]
  webhook_secret_token: string
}

const CB = 'https://notes.example.com/zoom/callback'
const CB2 = 'https://notes.example.com/zoom/callback-2'

describe('apps command', () => {
  let dir: string
  let t: TestServer
  let apps: (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zoom-apps-'))
    // The command works on the server's database directly (a file, or the test's PostgreSQL schema).
    t = await startTestServer({ file: join(dir, 'apps.db') })
    apps = (args) => cli(['apps', ...args], { DATABASE_URL: t.config.databaseUrl })
  })
  after(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Runs a command that must succeed, returning what it printed. */
  const ok = async <T>(args: string[]): Promise<T> => {
    const res = await apps(args)
    assert.equal(res.code, 0, res.stderr)
    return JSON.parse(res.stdout) as T
  }

  const authorizePage = (clientId: string, redirectUri: string) =>
    fetch(
      `${t.origin}/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri })}`,
    )

  it('creates, lists, updates, deactivates and deletes apps of each type', async () => {
    const user = await ok<PrintedApp>([
      'create',
      '--type',
      'user',
      '--name',
      'Notes Helper',
      '--scopes',
      'meeting:read,user:read',
      '--redirect-uri',
      CB,
      CB2,
    ])
    assert.equal(user.type, 'user')
    assert.equal(user.status, 'active')
    assert.equal(user.account_id, t.seed.accountId)
    assert.deepEqual(user.redirect_uris, [CB, CB2])
    assert.deepEqual(user.scopes, ['meeting:read', 'user:read'])
    assert.ok(user.client_secret && user.webhook_secret_token)

    const admin = await ok<PrintedApp>([
      'create',
      '--type',
      'admin',
      '--scopes',
      'meeting:read:admin user:read:admin',
      '--redirect-uri',
      CB,
    ])
    assert.equal(admin.type, 'admin')
    assert.equal(admin.name, 'admin-managed OAuth app')
    assert.deepEqual(admin.scopes, ['meeting:read:admin', 'user:read:admin'])

    const s2s = await ok<PrintedApp>(['create', '--type', 's2s', '--name', 'Reports', '--scopes', 'user:read:admin'])
    assert.equal(s2s.type, 's2s')
    assert.deepEqual(s2s.redirect_uris, [])

    const listed = await ok<PrintedApp[]>(['list'])
    for (const app of [user, admin, s2s])
      assert.deepEqual(
        listed.find((a) => a.client_id === app.client_id),
        app,
      )
    assert.ok(listed.some((a) => a.client_id === t.seed.clientId))

    // The running server sees what the command wrote: the consent page accepts the registered redirect URIs only.
    assert.equal((await authorizePage(user.client_id, CB2)).status, 200)
    const updated = await ok<PrintedApp>([
      'update',
      user.client_id,
      '--name',
      'Notes Helper 2',
      '--scopes',
      'user:read',
      '--redirect-uri',
      CB,
    ])
    assert.equal(updated.name, 'Notes Helper 2')
    assert.deepEqual(updated.scopes, ['user:read'])
    assert.deepEqual(updated.redirect_uris, [CB])
    const gone = await authorizePage(user.client_id, CB2)
    assert.equal(gone.status, 400)
    assert.match(await gone.text(), /\(4,709\)/)

    // Deactivating stops the app's tokens (124) once the server reads its status again; activating restores them.
    const creds = { clientId: s2s.client_id, clientSecret: s2s.client_secret, accountId: t.seed.accountId }
    const token = await t.token(creds)
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
    assert.deepEqual(await ok(['deactivate', s2s.client_id]), { client_id: s2s.client_id, status: 'inactive' })
    t.clock.advance(6_000)
    refused(await t.call('GET', '/v2/users/me', { token }), 401, 124)
    const again = await fetch(`${t.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: 'Basic ' + Buffer.from(`${s2s.client_id}:${s2s.client_secret}`).toString('base64'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `grant_type=account_credentials&account_id=${t.seed.accountId}`,
    })
    assert.equal(again.status, 400)
    assert.deepEqual(await again.json(), { reason: 'The app has been disabled', error: 'invalid_client' })
    assert.equal((await ok<PrintedApp[]>(['list'])).find((a) => a.client_id === s2s.client_id)?.status, 'inactive')
    await ok(['activate', s2s.client_id])
    t.clock.advance(6_000)
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)

    assert.deepEqual(await ok(['delete', s2s.client_id]), { client_id: s2s.client_id, deleted: true })
    t.clock.advance(6_000)
    refused(await t.call('GET', '/v2/users/me', { token }), 401, 124)
    assert.ok(!(await ok<PrintedApp[]>(['list'])).some((a) => a.client_id === s2s.client_id))
  })

  it('refuses what it cannot make, naming the problem', async () => {
    for (const [args, message] of [
      [['create', '--type', 'user'], /needs a --redirect-uri/],
      [['create', '--type', 'bot'], /--type must be one of s2s, user, admin/],
      [['create', '--type', 's2s', '--scopes', 'meeting:fly'], /unknown scopes: meeting:fly/],
      [['update', 'nobody', '--name', 'x'], /no app with client id nobody/],
    ] as const) {
      const res = await apps([...args])
      assert.notEqual(res.code, 0, args.join(' '))
      assert.match(res.stderr, message, args.join(' '))
    }
  })

  it("gives a new app every scope but the simulator's by default, a user-managed one only user-level scopes", async () => {
    const adminLevel = (s: string) => s.endsWith(':admin') || s.endsWith(':master') || s.startsWith('simulator:')
    const user = await ok<PrintedApp>(['create', '--type', 'user', '--redirect-uri', CB])
    assert.ok(user.scopes.includes('meeting:read'))
    assert.deepEqual(user.scopes.filter(adminLevel), [])
    const admin = await ok<PrintedApp>(['create', '--type', 'admin', '--redirect-uri', CB])
    const s2s = await ok<PrintedApp>(['create', '--type', 's2s'])
    for (const app of [admin, s2s]) {
      assert.ok(app.scopes.includes('meeting:read:admin'))
      assert.deepEqual(
        app.scopes.filter((s) => s.startsWith('simulator:')),
        [],
      )
    }
    // Named on purpose, the simulator's scopes are still given; the seeded app keeps them.
    const sim = await ok<PrintedApp>(['create', '--type', 's2s', '--scopes', 'simulator:read:admin'])
    assert.deepEqual(sim.scopes, ['simulator:read:admin'])
    const seeded = await t.server.svc.apps.get(t.seed.clientId)
    assert.ok(seeded?.scopes.split(' ').includes('simulator:write:admin'))
  })
})
