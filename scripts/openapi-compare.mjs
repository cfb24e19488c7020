// Compares the OpenAPI document of the working tree with the one a commit produced, so a refactoring can show
// that it changed nothing a client sees:   node scripts/openapi-compare.mjs [<commit>=HEAD] [--lang en|zh]
// Prints "identical", or the JSON paths that differ (first 40) and exits 1. With --structure, prose (summaries and
// descriptions) is left out of the comparison.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const langAt = args.indexOf('--lang')
const lang = langAt >= 0 ? args[langAt + 1] : undefined
const ref = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1)) ?? 'HEAD'
const structure = args.includes('--structure')
const PROSE = new Set(['summary', 'description', 'x-summary-zh', 'x-summary-en'])
const root = resolve(import.meta.dirname, '..')

function documentOf(dir) {
  const cli = ['--import', 'tsx', join(dir, 'src/cli.ts'), 'openapi', ...(lang ? ['--lang', lang] : [])]
  return JSON.parse(execFileSync(process.execPath, cli, { cwd: dir, maxBuffer: 256 * 1024 * 1024 }).toString())
}

const work = mkdtempSync(join(tmpdir(), 'openapi-compare-'))
let before
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', work, ref], { cwd: root })
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'))
  before = documentOf(work)
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', work], { cwd: root })
  rmSync(work, { recursive: true, force: true })
}
const after = documentOf(root)

const differences = []
function diff(a, b, path) {
  if (differences.length >= 40) return
  if (JSON.stringify(a) === JSON.stringify(b)) return
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b)) && keys.every((k) => k in a && k in b))
      differences.push(`${path}: key order`)
    for (const k of keys) if (!(structure && PROSE.has(k))) diff(a[k], b[k], `${path}/${k}`)
    return
  }
  differences.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} → ${JSON.stringify(b)?.slice(0, 80)}`)
}
diff(before, after, '')
if (!differences.length) {
  console.log(`identical to ${ref}${structure ? ' (prose left out)' : ''}`)
} else {
  console.log(differences.join('\n'))
  process.exit(1)
}
