import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src')
const outer = ['http', 'api'].map((d) => join(src, d))

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : []
  })
}

// `from '…'` (imports and re-exports), `import '…'` and `import('…')`.
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"`])([^'"`]+)\1/g

/** The relative specifiers of a file that resolve into src/http or src/api. */
function outwardImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(specifier)]
    .map((m) => m[2] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = resolve(dirname(file), spec)
      return outer.some((d) => target === d || target.startsWith(d + sep))
    })
}

// Query building: Kysely's statement starters, raw SQL templates, and importing `sql` at all.
const queryBuilding: Array<[string, RegExp]> = [
  ['.selectFrom(', /\.selectFrom\(/],
  ['.insertInto(', /\.insertInto\(/],
  ['.updateTable(', /\.updateTable\(/],
  ['.deleteFrom(', /\.deleteFrom\(/],
  ['sql`', /\bsql`/],
  ['sql.raw(', /\bsql\.raw\(/],
  ["import { sql } from 'kysely'", /\bimport\s+(?:type\s+)?\{[^}]*\bsql\b[^}]*\}\s*from\s*['"]kysely['"]/],
]

describe('layers', () => {
  it('src/domain imports nothing from src/http or src/api', () => {
    const files = tsFiles(join(src, 'domain'))
    assert.ok(files.length > 20, 'the domain sources are found')
    const found = files.flatMap((f) => outwardImports(f).map((spec) => `${relative(src, f)} → ${spec}`))
    assert.deepEqual(found, [])
  })

  it('src/schemas imports nothing from src/http or src/api', () => {
    const files = tsFiles(join(src, 'schemas'))
    assert.ok(files.length > 10, 'the schema sources are found')
    const found = files.flatMap((f) => outwardImports(f).map((spec) => `${relative(src, f)} → ${spec}`))
    assert.deepEqual(found, [])
  })

  it('only src/store builds SQL queries', () => {
    const store = join(src, 'store')
    const files = tsFiles(src).filter((f) => !f.startsWith(store + sep))
    assert.ok(files.length > 100, 'the sources outside src/store are found')
    const found = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8')
      const hits = queryBuilding.filter(([, re]) => re.test(text)).map(([name]) => name)
      return hits.length ? [`${relative(src, f).split(sep).join('/')}: ${hits.join(', ')}`] : []
    })
    assert.deepEqual(found, [])
  })
})
