import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, it } from 'node:test'
import { errors } from '../src/errors/catalog.js'

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/errors')
// Every other file of src/errors is a group of factories that the catalog spreads.
const notGroups = new Set(['catalog.ts', 'zoom-error.ts'])

/** Each group file's exported factory objects, by file. */
async function groups(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !notGroups.has(n))) {
    const mod = (await import(pathToFileURL(join(dir, name)).href)) as Record<string, unknown>
    const names = Object.values(mod).flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : []))
    out.set(name, names)
  }
  return out
}

describe('error catalog', () => {
  it('defines each factory name in one group file only', async () => {
    const files = await groups()
    assert.ok(files.size > 5, 'the group files are found')
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [file, names] of files) {
      for (const n of names) {
        const first = seen.get(n)
        if (first) twice.push(`${n}: ${first} and ${file}`)
        else seen.set(n, file)
      }
    }
    assert.deepEqual(twice, [])
    assert.deepEqual(Object.keys(errors).sort(), [...seen.keys()].sort(), 'the catalog spreads every group')
  })
})
