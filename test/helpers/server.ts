import { randomBytes } from 'node:crypto'
import { ManualClock } from '../../src/clock.js'
import { loadConfig, type Config } from '../../src/config.js'
import { ensureSeed, type SeedResult } from '../../src/seed.js'
import { createServer, type Server } from '../../src/server.js'
import type { Json } from './json.js'
import { recordAnswers } from './record.js'

export interface TestServer {
  origin: string
  server: Server
  clock: ManualClock
  seed: SeedResult
  config: Config
  /** A fresh token for the seeded app (or another app's credentials). */
  token(creds?: { clientId: string; clientSecret: string; accountId: string }): Promise<string>
  /**
   * A JSON request; returns status, parsed body and headers. `T` is the body shape the test expects to read: it
   * is not checked here, the test's assertions check it.
   */
  call<T = Json>(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply<T>>
  close(): Promise<void>
}

export interface Reply<T = Json> {
  status: number
  /** The parsed JSON body (the text when it is not JSON, undefined when empty). */
  body: T
  headers: Headers
  text: string
}

/**
 * A database of its own for each test server: an in-memory SQLite by default, or a fresh schema on the
 * PostgreSQL server named by TEST_DATABASE_URL.
 */
async function testDatabaseUrl(file?: string): Promise<string> {
  const pgUrl = process.env.TEST_DATABASE_URL
  if (!pgUrl) return file ?? ':memory:'
  const schema = `t_${randomBytes(6).toString('hex')}`
  const pg = await import('pg')
  const client = new pg.default.Client({ connectionString: pgUrl })
  await client.connect()
  await client.query(`CREATE SCHEMA ${schema}`)
  await client.end()
  const url = new URL(pgUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

export async function startTestServer(
  opts: { rateLimits?: boolean; databaseUrl?: string; file?: string; clock?: ManualClock } = {},
): Promise<TestServer> {
  const clock = opts.clock ?? new ManualClock(Date.UTC(2026, 10, 2, 9, 0, 0))
  const databaseUrl = opts.databaseUrl ?? (await testDatabaseUrl(opts.file))
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    RATE_LIMITS: opts.rateLimits ? 'on' : 'off',
    PORT: '0',
    HOST: '127.0.0.1',
  } as NodeJS.ProcessEnv)
  const server = await createServer(config, { clock })
  recordAnswers(server.app)
  const seed = await ensureSeed(server.svc, config.seed)
  await server.app.listen({ host: '127.0.0.1', port: 0 })
  const address = server.app.server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  config.publicUrl = origin

  const call = async <T = Json>(
    method: string,
    path: string,
    o: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) }
    if (o.token) headers.authorization = `Bearer ${o.token}`
    let body: string | undefined
    if (o.body !== undefined) {
      headers['content-type'] ??= 'application/json'
      body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body)
    }
    const res = await fetch(origin + path, { method, headers, body })
    const text = await res.text()
    let parsed: unknown = undefined
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      parsed = text
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text }
  }

  return {
    origin,
    server,
    clock,
    seed,
    config,
    async token(creds) {
      const c = creds ?? { clientId: seed.clientId, clientSecret: seed.clientSecret, accountId: seed.accountId }
      const res = await fetch(`${origin}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: `grant_type=account_credentials&account_id=${c.accountId}`,
      })
      const json = (await res.json()) as { access_token?: string }
      if (!json.access_token) throw new Error(`token request failed: ${JSON.stringify(json)}`)
      return json.access_token
    },
    call,
    close: () => server.close(),
  }
}
