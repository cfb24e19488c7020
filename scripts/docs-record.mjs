// Runs the test suite with every test server recording its answers, then keeps for each operation one true
// example (the request and the success answer) and the distinct errors it answered, in src/docs/examples.json.
// The reference shows these, so its examples are what this server returns.   npm run docs:record [test files…]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const OUT = 'src/docs/examples.json'
/** Larger answers make unreadable examples; a smaller one of the same operation is preferred. */
const PREFERRED_MAX = 12_000

const folder = mkdtempSync(join(tmpdir(), 'zoom-docs-record-'))
console.log('running the test suite, recording answers…')
const run = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...process.argv.slice(2)], {
  env: { ...process.env, DOCS_RECORD: folder },
  stdio: ['ignore', 'ignore', 'inherit'],
})
if (run.status !== 0) console.warn('some tests failed; their answers are kept all the same')

const byOperation = new Map()
let lines = 0
for (const name of readdirSync(folder)) {
  for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
    if (!line) continue
    lines++
    // Each test server listened on its own port; the docs show the default one.
    const a = JSON.parse(line.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:8080'))
    if (!byOperation.has(a.operation)) byOperation.set(a.operation, [])
    byOperation.get(a.operation).push(a)
  }
}
rmSync(folder, { recursive: true, force: true })

const parse = (text) => {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}
/** How much an answer shows: the number of keys in it, nested ones included. */
const richness = (v) =>
  Array.isArray(v)
    ? v.reduce((n, x) => n + richness(x), 0)
    : v && typeof v === 'object'
      ? Object.values(v).reduce((n, x) => n + 1 + richness(x), 0)
      : 0

const examples = {}
for (const [id, answers] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
  const successes = answers.filter(
    (a) =>
      a.status >= 200 &&
      a.status < 300 &&
      !a.contentType?.startsWith('multipart/') &&
      JSON.stringify(a.request ?? null).length <= PREFERRED_MAX,
  )
  const score = (a) => {
    const size = a.response?.length ?? 0
    return (size <= PREFERRED_MAX ? 1e9 : 0) + richness(parse(a.response)) + richness(a.request)
  }
  const best = successes.sort((a, b) => score(b) - score(a))[0]
  // Up to three messages per status and code: one code often covers several refusals (400/300 above all).
  const errors = new Map()
  for (const a of answers) {
    if (a.status < 400) continue
    const body = parse(a.response)
    if (!body || typeof body.code !== 'number' || typeof body.message !== 'string') continue
    const key = `${a.status}/${body.code}`
    const messages = errors.get(key) ?? new Set()
    if (messages.size < 3) messages.add(body.message)
    errors.set(key, messages)
  }
  examples[id] = {
    ...(best
      ? {
          request: { method: best.method, url: best.url, body: best.request ?? undefined },
          response: { status: best.status, body: parse(best.response) ?? undefined },
        }
      : {}),
    errors: [...errors]
      .flatMap(([key, messages]) => {
        const [status, code] = key.split('/').map(Number)
        return [...messages].map((message) => ({ status, code, message }))
      })
      .sort((a, b) => a.status - b.status || a.code - b.code),
  }
}
writeFileSync(OUT, JSON.stringify(examples, null, 1) + '\n')
console.log(`${lines} answers recorded; ${Object.keys(examples).length} operations written to ${OUT}`)
