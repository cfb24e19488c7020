// Compares src/catalog/operations.ts with an operation catalog TSV (group, name_zh, name_en, method, path,
// master_path, scopes, rate_label): prints the TSV's operations the catalog lacks and facts that differ.
// The catalog is the project's own list (operationIds, corrected names and rate labels live there); this only
// reports, so nothing edited by hand is lost.   Run by hand: npx tsx scripts/import-catalog.mjs <catalog.tsv>
import { readFileSync } from 'node:fs'
import { additional, catalog } from '../src/catalog/operations.ts'

const file = process.argv[2]
if (!file) throw new Error('usage: npx tsx scripts/import-catalog.mjs <catalog.tsv>')
const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n')
const cols = header.split('\t')
const byRoute = new Map()
for (const row of [...catalog, ...additional]) {
  byRoute.set(`${row[4]} ${row[5]}`, row)
  byRoute.set(`${row[4]} ${row[6]}`, row)
}
let differences = 0
for (const line of lines) {
  const cells = line.split('\t')
  const r = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']))
  if (r.group === 'Dashboards Copy') continue // a verbatim repeat of Dashboards
  const row = byRoute.get(`${r.method} ${r.path}`) ?? byRoute.get(`${r.method} ${r.master_path}`)
  if (!row) {
    differences++
    console.log(`missing: ${r.method} ${r.path} (${r.group}: ${r.name_en})`)
    continue
  }
  const facts = {
    group: [r.group, row[1]],
    name_zh: [r.name_zh, row[2]],
    name_en: [r.name_en, row[3]],
    scopes: [r.scopes, row[7]],
    rate_label: [r.rate_label, row[8]],
  }
  for (const [name, [tsv, ours]] of Object.entries(facts)) {
    if (tsv && tsv !== ours) {
      differences++
      console.log(`${row[0]}: ${name} is "${ours}" here, "${tsv}" in the TSV`)
    }
  }
}
console.log(`${differences} differences`)
