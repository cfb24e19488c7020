// What the server log shows of a request: never the credentials carried in its URL, form or answer.
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import type { FastifyRequest } from 'fastify'
import { ManualClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { logSerializers } from '../../src/http/request-log.js'
import { ensureSeed, type SeedResult } from '../../src/seed.js'
import { createServer, type Server } from '../../src/server.js'

describe('Request log', () => {
  let server: Server
  let seed: SeedResult
  let origin = ''
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean))
      done()
    },
  })

  before(async () => {
    const config = loadConfig({ DATABASE_URL: ':memory:', RATE_LIMITS: 'off', PORT: '0' } as NodeJS.ProcessEnv)
    server = await createServer(config, { clock: new ManualClock(), logger: { level: 'debug', stream: sink } })
    seed = await ensureSeed(server.svc, config.seed)
    await server.app.listen({ host: '127.0.0.1', port: 0 })
    const address = server.app.server.address()
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  after(() => server.close())

  it('masks secrets in query strings, forms and answers, at info and at debug', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const basic = `Basic ${Buffer.from(`${seed.clientId}:${seed.clientSecret}`).toString('base64')}`
    const issued = await fetch(
      `${origin}/oauth/token?grant_type=account_credentials&account_id=${seed.accountId}&code=CODE-1a`,
      { method: 'POST', headers: { ...form, authorization: basic }, body: 'code_verifier=VERIFIER-2b&lang=en' },
    )
    const accessToken = String(((await issued.json()) as { access_token?: unknown }).access_token)
    assert.equal(issued.status, 200)
    const secrets = ['CODE-1a', 'VERIFIER-2b', seed.clientSecret, accessToken]
    const gets = [
      `/oauth/token?client_secret=SECRET-3c&refresh_token=REFRESH-4d`,
      `/web/join/state?h=HANDLE-5e`,
      `/s/123456789?zak=ZAK-6f&lang=en`,
      `/j/123456789?pwd=PWD-7g&uname=Ann`,
      `/v2/users/me?access_token=TOKEN-8h&tk=TK-9i&token=REVOKE-0j`,
    ]
    for (const path of gets) await (await fetch(`${origin}${path}`)).text()
    secrets.push('SECRET-3c', 'REFRESH-4d', 'HANDLE-5e', 'ZAK-6f', 'PWD-7g', 'TOKEN-8h', 'TK-9i', 'REVOKE-0j')
    await fetch(`${origin}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: form,
      body: 'password=HUNTER-2k&lang=en',
    })
    secrets.push('HUNTER-2k')

    const text = lines.join('\n')
    assert.ok(
      lines.some((l) => JSON.parse(l).msg === 'request'),
      text,
    )
    assert.ok(
      lines.some((l) => JSON.parse(l).msg === 'request body'),
      text,
    )
    assert.match(text, /\*\*\*/)
    for (const secret of secrets) assert.ok(!text.includes(secret), `${secret} is in the log`)
    // What is not a secret is still there to read.
    assert.match(text, /"lang":"en"/)
    assert.match(text, /"path":"\/web\/join\/state"/)
  })

  it("masks the URL in Fastify's own request serializer", () => {
    const logged = logSerializers.req({
      method: 'GET',
      url: '/s/1?zak=ZAK-1&lang=en&pwd=P&H=x',
      host: 'localhost',
      ip: '127.0.0.1',
    } as unknown as FastifyRequest)
    assert.equal(logged.url, '/s/1?zak=***&lang=en&pwd=***&H=***')
  })
})
