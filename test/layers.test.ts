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
    .map((m) => m[2]!)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => {
      const target = resolve(dirname(file), spec)
      return outer.some((d) => target === d || target.startsWith(d + sep))
    })
}

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
})
