import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { loadConfig } from '../src/config.js'
import { PollService } from '../src/domain/meetings/polls.js'
import { LISTENERS, SERVICES } from '../src/registry.js'
import { createServer, type Server } from '../src/server.js'
import type { Services } from '../src/services.js'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** The classes `.use(…)` is called with in src/, by name, with the first place each is used. */
function usedClasses(): Map<string, string> {
  const used = new Map<string, string>()
  for (const file of sources('src')) {
    // Comments blanked (line breaks kept, for the line numbers): they may mention `svc.use(X)`.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
      .replace(/(^|[^:])\/\/.*$/gm, '$1')
    // `svc.use(X)`, `this.svc.use(X)`, and `svc\n  .use(X)` across a line break alike.
    for (const m of text.matchAll(/\.use\(\s*([A-Z]\w*)\s*\)/g)) {
      const name = m[1] ?? ''
      if (!used.has(name)) used.set(name, `${file}:${text.slice(0, m.index).split('\n').length}`)
    }
  }
  return used
}

class NotDeclared {
  constructor(readonly svc: Services) {}
}

describe('Service registry', () => {
  it('declares every class that src/ passes to svc.use, each once', () => {
    const declared = SERVICES.map((c) => c.name)
    assert.equal(new Set(declared).size, declared.length, 'no class is declared twice')
    const used = usedClasses()
    assert.ok(used.size >= 20, `the scan finds the services (${used.size})`)
    const missing = [...used].filter(([name]) => !declared.includes(name)).map(([name, at]) => `${name} (${at})`)
    assert.deepEqual(missing, [], 'used with svc.use but not declared in src/registry.ts')
  })

  it('declares listeners among the services', () => {
    for (const l of LISTENERS) assert.ok((SERVICES as readonly unknown[]).includes(l), l.name)
  })

  describe('a started server', () => {
    let server: Server
    before(async () => {
      const config = loadConfig({ DATABASE_URL: ':memory:', PORT: '0', HOST: '127.0.0.1' } as NodeJS.ProcessEnv)
      server = await createServer(config, { deliver: false })
    })
    after(() => server.close())

    it('has built the declared listeners, and no other service before it is used', () => {
      for (const l of LISTENERS) assert.ok(server.svc.built(l), `${l.name} is built at start`)
      assert.equal(server.svc.built(PollService), false)
      const polls = server.svc.use(PollService)
      assert.equal(server.svc.use(PollService), polls, 'one instance per server')
      assert.ok(server.svc.built(PollService))
    })

    it('refuses a class that is not declared, naming it', () => {
      assert.throws(
        // @ts-expect-error `use` takes declared classes only
        () => server.svc.use(NotDeclared),
        /NotDeclared is not a service declared in src\/registry\.ts/,
      )
    })
  })
})
