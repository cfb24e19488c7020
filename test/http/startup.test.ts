import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { sql } from 'kysely'
import { loadConfig } from '../../src/config.js'
import { ensureSeed } from '../../src/seed.js'
import { createServer } from '../../src/server.js'
import { must } from '../helpers/json.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer } from '../helpers/server.js'

const sqliteOnly = { skip: !!process.env.TEST_DATABASE_URL && 'SQLite only' }
const tsx = import.meta.resolve('tsx')
const cliPath = join(process.cwd(), 'src', 'cli.ts')

interface Exit {
  code: number | null
  stdout: string
  stderr: string
}

function spawnCli(args: string[], env: Record<string, string>, cwd = process.cwd()): ChildProcess {
  return spawn(process.execPath, ['--import', tsx, cliPath, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent', ...env },
  })
}

function runCli(args: string[], env: Record<string, string>, cwd?: string): Promise<Exit> {
  const child = spawnCli(args, env, cwd)
  let stdout = ''
  let stderr = ''
  must(child.stdout).on('data', (d) => (stdout += d))
  must(child.stderr).on('data', (d) => (stderr += d))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

/** `start` in a child process: settles once it listens, or with its exit if it stops before. */
function startCli(env: Record<string, string>): { child: ChildProcess; outcome: Promise<'listening' | Exit> } {
  const child = spawnCli(['start'], { PORT: '0', HOST: '127.0.0.1', ...env })
  let stdout = ''
  let stderr = ''
  const outcome = new Promise<'listening' | Exit>((resolve) => {
    must(child.stdout).on('data', (d) => {
      stdout += d
      if (stdout.includes('listening on')) resolve('listening')
    })
    must(child.stderr).on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  return { child, outcome }
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('close', () => resolve())
    child.kill(signal)
  })
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createNetServer()
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  const { port } = srv.address() as { port: number }
  await new Promise((resolve) => srv.close(resolve))
  return port
}

describe('one server per SQLite file', () => {
  it(
    'a second server on the file is refused, naming the file and PostgreSQL; commands still run beside the first',
    sqliteOnly,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zoom-startup-'))
      const file = join(dir, 'zoom.db')
      const first = await startTestServer({ file })
      try {
        await assert.rejects(createServer(loadConfig({ DATABASE_URL: file } as NodeJS.ProcessEnv)), (err: Error) => {
          assert.ok(err.message.includes(file), err.message)
          assert.match(err.message, /another server/)
          assert.match(err.message, /DATABASE_URL=postgres:\/\//)
          return true
        })
        const token = await first.token()
        assert.equal((await first.call<User>('GET', '/v2/users/me', { token })).status, 200)

        const cmd = await runCli(['token'], { DATABASE_URL: file })
        assert.equal(cmd.code, 0, cmd.stderr)
        const issued = JSON.parse(cmd.stdout).access_token
        assert.equal((await first.call<User>('GET', '/v2/users/me', { token: issued })).status, 200)
      } finally {
        await first.close()
      }
      // Closing the first server lets the next one start.
      const next = await startTestServer({ databaseUrl: file, clock: first.clock })
      await next.close()
      rmSync(dir, { recursive: true, force: true })
    },
  )

  it(
    '`start` refuses a second process with one line; a server killed with SIGKILL leaves nothing in the way',
    { ...sqliteOnly, timeout: 90_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zoom-startup-'))
      const file = join(dir, 'zoom.db')
      const children: ChildProcess[] = []
      try {
        const a = startCli({ DATABASE_URL: file })
        children.push(a.child)
        assert.equal(await a.outcome, 'listening')

        const b = startCli({ DATABASE_URL: file })
        children.push(b.child)
        const refused = await b.outcome
        assert.notEqual(refused, 'listening', 'the second server started')
        const exit = refused as Exit
        assert.equal(exit.code, 1)
        const lines = exit.stderr.trim().split('\n')
        assert.equal(lines.length, 1, exit.stderr)
        assert.ok(lines[0].includes(file), lines[0])
        assert.match(lines[0], /postgres:\/\//)

        await stop(a.child, 'SIGKILL')
        const c = startCli({ DATABASE_URL: file })
        children.push(c.child)
        assert.equal(await c.outcome, 'listening')
      } finally {
        for (const child of children) await stop(child)
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})

describe('a DATABASE_URL that cannot work fails with one line saying what was expected', () => {
  it(
    'an unsupported scheme, an unreachable PostgreSQL, a file that is not a database; file: names a SQLite path',
    { timeout: 90_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zoom-startup-'))
      try {
        writeFileSync(
          join(dir, 'notes.txt'),
          'not a database, but long enough to fill the header SQLite checks first'.repeat(4),
        )
        const port = await closedPort()
        const [mysql, pg, notDb, fileUrl] = await Promise.all([
          runCli(['token'], { DATABASE_URL: 'mysql://root:secret@localhost/zoom' }, dir),
          runCli(['token'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/zoom` }, dir),
          runCli(['token'], { DATABASE_URL: './notes.txt' }, dir),
          runCli(['token'], { DATABASE_URL: 'file:./x.db' }, dir),
        ])

        assert.equal(mysql.code, 1)
        assert.equal(
          mysql.stderr,
          'DATABASE_URL: unsupported scheme mysql:; expected a SQLite file path or postgres://user:pass@host/db\n',
        )

        assert.equal(pg.code, 1)
        assert.match(
          pg.stderr,
          new RegExp(`^could not reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)[^\\n]*\\n$`),
        )

        assert.equal(notDb.code, 1)
        assert.match(notDb.stderr, /^\.\/notes\.txt is not a SQLite database file[^\n]*\n$/)

        assert.equal(fileUrl.code, 0, fileUrl.stderr)
        assert.ok(JSON.parse(fileUrl.stdout).access_token)
        assert.ok(existsSync(join(dir, 'x.db')))

        // Nothing was created under a name made of the URL.
        assert.deepEqual(
          readdirSync(dir).filter((n) => n.includes(':')),
          [],
        )
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})

describe('seeding is all or nothing', () => {
  it('a new ZOOM_ACCOUNT_ID with a taken owner email or client id leaves nothing behind; the corrected rerun seeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-startup-'))
    const first = await startTestServer({ file: join(dir, 'zoom.db') })
    const { databaseUrl } = first.config
    const taken = first.seed
    await first.close()
    const accountId = `acct_${randomBytes(8).toString('hex')}`
    const server = await createServer(loadConfig({ DATABASE_URL: databaseUrl } as NodeJS.ProcessEnv), {
      deliver: false,
    })
    const k = server.svc.db.kysely
    const accounts = async () => (await k.selectFrom('accounts').select('id').execute()).map((r) => r.id).sort()
    const before = await accounts()
    const seedWith = (env: Record<string, string>) =>
      ensureSeed(
        server.svc,
        loadConfig({ DATABASE_URL: databaseUrl, ZOOM_ACCOUNT_ID: accountId, ...env } as NodeJS.ProcessEnv).seed,
      )
    try {
      await assert.rejects(seedWith({}), (err: Error) => {
        assert.match(err.message, new RegExp(`ZOOM_OWNER_EMAIL ${taken.ownerEmail} `))
        assert.match(err.message, /set ZOOM_OWNER_EMAIL to another address/)
        assert.ok(err.message.includes(`ZOOM_ACCOUNT_ID=${taken.accountId}`), err.message)
        return true
      })
      assert.deepEqual(await accounts(), before)
      // Rerunning the same way fails the same way, rather than finding a half-seeded account.
      await assert.rejects(seedWith({}), /ZOOM_OWNER_EMAIL/)

      await assert.rejects(
        seedWith({ ZOOM_OWNER_EMAIL: 'second-owner@example.com', ZOOM_CLIENT_ID: taken.clientId }),
        /ZOOM_CLIENT_ID/,
      )
      assert.deepEqual(await accounts(), before)

      const seeded = await seedWith({ ZOOM_OWNER_EMAIL: 'second-owner@example.com' })
      assert.equal(seeded.created, true)
      assert.equal(seeded.accountId, accountId)
      assert.deepEqual(await accounts(), [...before, accountId].sort())

      await server.app.listen({ host: '127.0.0.1', port: 0 })
      const { port } = server.app.server.address() as { port: number }
      const origin = `http://127.0.0.1:${port}`
      const tokenRes = await fetch(`${origin}/oauth/token?grant_type=account_credentials&account_id=${accountId}`, {
        method: 'POST',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${seeded.clientId}:${seeded.clientSecret}`).toString('base64'),
        },
      })
      assert.equal(tokenRes.status, 200)
      const { access_token } = (await tokenRes.json()) as { access_token: string }
      const me = await fetch(`${origin}/v2/users/me`, { headers: { authorization: `Bearer ${access_token}` } })
      assert.equal(me.status, 200)
      const body = (await me.json()) as { email: string; account_id: string }
      assert.equal(body.email, 'second-owner@example.com')
    } finally {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('SQLITE_SYNCHRONOUS', () => {
  const synchronous = async (env: Record<string, string>) => {
    const server = await createServer(loadConfig({ DATABASE_URL: ':memory:', ...env } as NodeJS.ProcessEnv), {
      deliver: false,
    })
    try {
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(server.svc.db.kysely)
      return rows[0].synchronous
    } finally {
      await server.close()
    }
  }

  it('is NORMAL by default and FULL with SQLITE_SYNCHRONOUS=full; anything else is refused', sqliteOnly, async () => {
    assert.equal(await synchronous({}), 1)
    assert.equal(await synchronous({ SQLITE_SYNCHRONOUS: 'full' }), 2)
    assert.equal(await synchronous({ SQLITE_SYNCHRONOUS: 'NORMAL' }), 1)
    assert.throws(
      () => loadConfig({ SQLITE_SYNCHRONOUS: 'extra' } as NodeJS.ProcessEnv),
      /^Error: SQLITE_SYNCHRONOUS must be normal or full, got extra$/,
    )
  })
})
