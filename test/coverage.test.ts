import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { operations } from '../src/api/index.js'
import { additional, catalog } from '../src/catalog/operations.js'
import { coverage } from '../src/coverage.js'
import { must } from './helpers/json.js'
import { defineOperation, operationPaths } from '../src/http/operation.js'

describe('coverage against the catalog', () => {
  it('the catalog lists 280 distinct operations in 19 groups, each id and route once', () => {
    assert.equal(catalog.length, 280)
    assert.equal(new Set(catalog.map((r) => r[1])).size, 19)
    const rows = [...catalog, ...additional]
    assert.equal(new Set(rows.map((r) => r[0])).size, rows.length, 'operationIds are unique')
    assert.equal(new Set(rows.map((r) => `${r[4]} ${r[5]}`)).size, rows.length, 'routes are unique')
  })

  it('every declared operation is unique, and its method and path are its catalog row’s', () => {
    const seen = new Set<string>()
    const rows = new Map([...catalog, ...additional].map((r) => [r[0], r]))
    for (const op of operations) {
      for (const { path } of operationPaths(op)) {
        const key = `${op.method} ${path}`
        assert.ok(!seen.has(key), `declared twice: ${key}`)
        seen.add(key)
      }
      const row = rows.get(op.id)
      if (op.extension) {
        assert.equal(row, undefined, `${op.id}: an extension is not in the catalog`)
      } else {
        assert.ok(row, `${op.id} is in the catalog`)
        assert.equal(op.method, row[4])
        assert.ok(op.path === row[5] || op.path === row[6], `${op.id}: ${op.path} is ${row[5]} or ${row[6]}`)
        assert.deepEqual(op.summary, { zh: row[2], en: row[3] })
        assert.deepEqual(op.scopes, row[7].split(' '))
        assert.equal(op.rateLimit, row[8])
      }
      assert.ok(op.summary.zh && op.summary.en, `${op.id} needs zh and en summaries`)
      assert.ok(op.scopes.length > 0, `${op.id} needs scopes`)
    }
  })

  it('a declaration that repeats a catalog fact, or disagrees with its row, fails at load', () => {
    const handle = () => undefined
    const ok = { id: 'createRole', method: 'POST', path: '/roles', success: { status: 201 }, handle } as const
    assert.equal(defineOperation(ok).rateLimit, 'Light')
    assert.equal(defineOperation({ ...ok, path: '/accounts/{accountId}/roles' }).group, 'Roles')
    assert.throws(() => defineOperation({ ...ok, scopes: ['role:write:admin'] }), /come from the catalog/)
    assert.throws(() => defineOperation({ ...ok, method: 'PUT' }), /the catalog has POST \/roles/)
    assert.throws(() => defineOperation({ ...ok, id: 'noSuchOperation' }), /not in the catalog/)
  })

  it('each group’s index.ts lists exactly the operation files of its folder', () => {
    const root = join(import.meta.dirname, '../src/api')
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const files = readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      const declaring = files
        .filter((f) => /export default defineOperation\(/.test(readFileSync(join(root, dir.name, f), 'utf8')))
        .map((f) => f.replace(/\.ts$/, ''))
      if (!declaring.length) continue
      const index = readFileSync(join(root, dir.name, 'index.ts'), 'utf8')
      const listed = [...index.matchAll(/^import (\w+) from '\.\/(\w+)\.js';?$/gm)].map((m) => m[2])
      assert.deepEqual([...listed].sort(), [...declaring].sort(), `src/api/${dir.name}/index.ts`)
    }
  })

  it('reports per group', () => {
    const users = must(coverage().find((g) => g.group === 'Users'))
    assert.equal(users.total, 29)
    assert.ok(users.implemented >= 3)
  })
})
