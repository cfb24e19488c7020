// Runs test/**/*.test.ts with Node's test runner (TypeScript through tsx) in a few long-lived processes, one per
// core, instead of one process per file: loading the sources once per process is most of a small file's time.
// Each process runs its share of the files one after another; their lines are shown as they come, and the
// totals close the run. With --checks, the static checks run alongside: the compiler, the linter, the formatter and
// the copy-paste detector, each over the whole project.
//   node scripts/run-tests.mjs [--checks] [files…]
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? find(p) : p.endsWith('.test.ts') ? [p] : []
  })
}

const args = process.argv.slice(2)
const withChecks = args.includes('--checks')
const only = args.filter((a) => a !== '--checks')
const files = (only.length ? only : find('test')).sort()
const shardCount = Math.max(1, Math.min(Number(process.env.TEST_PROCESSES) || availableParallelism(), files.length))

// Larger files tend to run longer: deal them out largest first to the lightest shard.
const shards = Array.from({ length: shardCount }, () => ({ files: [], weight: 0 }))
for (const f of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
  const lightest = shards.reduce((a, b) => (b.weight < a.weight ? b : a))
  lightest.files.push(f)
  lightest.weight += statSync(f).size
}

const work = mkdtempSync(join(tmpdir(), 'zoom-tests-'))
const runs = shards.map((shard, i) => {
  const entry = join(work, `shard-${i}.mjs`)
  writeFileSync(
    entry,
    shard.files.map((f) => `await import(${JSON.stringify(pathToFileURL(resolve(f)).href)});`).join('\n') + '\n',
  )
  // --test-force-exit: a server a test forgot to close must not keep its process alive.
  const child = spawn(process.execPath, ['--import', 'tsx', '--test-force-exit', '--test-reporter=spec', entry], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const counts = {}
  let rest = ''
  const line = (text) => {
    process.stdout.write(`${text}\n`)
    // The spec reporter closes with `ℹ pass N`, `ℹ fail N`…: this process's totals.
    const m = /^ℹ (pass|fail|cancelled|skipped|todo) (\d+)$/.exec(text)
    if (m) counts[m[1]] = Number(m[2])
  }
  child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop()
    lines.forEach(line)
  })
  child.stdout.on('end', () => rest && line(rest))
  return new Promise((done) => child.on('close', (code) => done({ code, counts })))
})

const CHECKS = [
  ['type check', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'node_modules/eslint/bin/eslint.js', ['--max-warnings=0', '.']],
  [
    'format',
    'node_modules/prettier/bin/prettier.cjs',
    ['--check', '--log-level=warn', 'src', 'test', 'scripts', 'bench'],
  ],
  ['copy-paste', 'node_modules/jscpd/run-jscpd.js', ['--silent', 'src', 'test', 'scripts', 'bench']],
  // Passes, saying so, where the OpenAPI reference documents are absent (a clone without ../shared).
  ['generated schemas', 'node_modules/tsx/dist/cli.mjs', ['scripts/gen-schemas.ts', '--check']],
]
const checks = (withChecks ? CHECKS : []).map(
  ([name, bin, argv]) =>
    new Promise((done) => {
      let output = ''
      const child = spawn(process.execPath, [bin, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.on('data', (c) => (output += c))
      child.stderr.on('data', (c) => (output += c))
      child.on('close', (code) => done({ name, code, output }))
    }),
)

const results = await Promise.all(runs)
const checked = await Promise.all(checks)
for (const c of checked) if (c.code !== 0) process.stdout.write(`\n${c.name} failed:\n${c.output}`)
const total = { pass: 0, fail: 0, skipped: 0, todo: 0, cancelled: 0 }
for (const { counts } of results) for (const key of Object.keys(total)) total[key] += counts[key] ?? 0
rmSync(work, { recursive: true, force: true })
const failed =
  checked.some((c) => c.code !== 0) || results.some((r) => r.code !== 0) || total.fail > 0 || total.cancelled > 0
console.log(
  `\n${files.length} files in ${shardCount} processes` +
    checked.map((c) => `; ${c.name} ${c.code === 0 ? 'passed' : 'failed'}`).join(''),
)
console.log(`${total.pass} passed, ${total.fail + total.cancelled} failed, ${total.skipped + total.todo} skipped`)
process.exit(failed ? 1 : 0)
