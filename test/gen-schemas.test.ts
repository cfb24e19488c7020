import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { after, describe, it, type TestContext } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const script = join(root, 'scripts/gen-schemas.ts')
// Zoom's OpenAPI documents are only on developer machines, next to the clone.
const reference = resolve(root, '../shared/zoom-api/reference')
const noReference = `no OpenAPI reference folder at ${reference}`
const manifest = JSON.parse(readFileSync(join(root, 'scripts/schemas.manifest.json'), 'utf8')) as {
  files: { out: string }[]
}

function check(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--check', ...args], { cwd: root })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('close', (code) => done({ code, output }))
  })
}

const work = mkdtempSync(join(tmpdir(), 'gen-schemas-'))
after(() => rmSync(work, { recursive: true, force: true }))

/** A folder holding a copy of the committed generated files at their paths. */
function copy(name: string): string {
  const dir = join(work, name)
  for (const { out } of manifest.files) {
    mkdirSync(dirname(join(dir, out)), { recursive: true })
    copyFileSync(join(root, out), join(dir, out))
  }
  return dir
}

const withReference = (t: TestContext): boolean => {
  if (existsSync(reference)) return true
  t.skip(noReference)
  return false
}

// Each case is a process of its own.
describe('npm run gen:schemas -- --check', { concurrency: true }, () => {
  it('passes on the committed files', async (t) => {
    if (!withReference(t)) return
    const { code, output } = await check('--root', copy('unaltered'))
    assert.equal(code, 0, output)
  })

  it('fails on an edited file, naming the file and the first line that differs', async (t) => {
    if (!withReference(t)) return
    const dir = copy('altered')
    const edited = manifest.files.find(({ out }) => readFileSync(join(dir, out), 'utf8').split('\n').length > 6)
    assert.ok(edited, 'a generated file of more than six lines')
    const lines = readFileSync(join(dir, edited.out), 'utf8').split('\n')
    lines[5] += ' // edited'
    writeFileSync(join(dir, edited.out), lines.join('\n'))
    const { code, output } = await check('--root', dir)
    assert.equal(code, 1, output)
    assert.match(output, new RegExp(`^${edited.out.replace(/[.]/g, '\\.')}:6: `, 'm'))
    assert.ok(!output.includes('files match'), output)
  })

  it('passes, saying it skipped, without the reference folder', async () => {
    const { code, output } = await check('--reference', join(work, 'absent'))
    assert.equal(code, 0, output)
    assert.match(output, /^generated schemas: check skipped, no OpenAPI reference folder at .*absent\n$/)
  })
})
