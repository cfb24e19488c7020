// Lists the parameters and fields of the implemented operations that lack an English or Chinese description,
// grouped by field name with the places it appears.   npx tsx scripts/docs-missing.ts [Group…] [--json]
import { operations } from '../src/api/index.js'
import { undescribed } from '../src/docs/describe.js'

const args = process.argv.slice(2)
const groups = args.filter((a) => !a.startsWith('--'))
const ops = operations.filter((op) => !groups.length || groups.includes(op.group))
const missing = undescribed(ops)
const byField = new Map<string, Set<string>>()
for (const m of missing) {
  const key = m.field
  if (!byField.has(key)) byField.set(key, new Set())
  byField.get(key)?.add(`${m.operation} ${m.where}`)
}
if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries([...byField].map(([k, v]) => [k, [...v]])), null, 1))
} else {
  for (const [field, where] of [...byField].sort()) console.log(`${field}\t${[...where].slice(0, 4).join(', ')}`)
}
console.error(`${missing.length} undescribed places, ${byField.size} distinct field paths`)
