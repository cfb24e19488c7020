// Writes src/docs/rivet-names.json: for each method and path of Zoom's API, the @zoom/rivet module, endpoint
// namespace and method that call it, so the reference can show a rivet sample for each operation.
//   node scripts/rivet-names.mjs   (after an install; rivet is a development dependency)
import { readFileSync, writeFileSync } from 'node:fs'

const CLIENTS = { meetings: 'Meetings', users: 'Users', accounts: 'Accounts', marketplace: 'Marketplace' }
const out = {}
for (const [module, client] of Object.entries(CLIENTS)) {
  const text = readFileSync(`node_modules/@zoom/rivet/${module}/${module}.mjs`, 'utf8')
  const namespaces = [...text.matchAll(/^ {4}(\w+) = \{$/gm)].map((m) => ({ at: m.index, name: m[1] }))
  const endpoint =
    /(\w+): this\.buildEndpoint\(\{\s*method: "(\w+)",\s*(?:baseUrlOverride: [^,]+,\s*)?urlPathBuilder: \([^)]*\) => `([^`]+)`/g
  for (const m of text.matchAll(endpoint)) {
    const namespace = namespaces.filter((n) => n.at < m.index).at(-1)?.name ?? module
    const path = m[3].replace(/\$\{(\w+)\}/g, '{$1}')
    out[`${m[2]} ${path}`] ??= { module, client: `${client}S2SAuthClient`, namespace, method: m[1] }
  }
}
writeFileSync('src/docs/rivet-names.json', JSON.stringify(out, null, 1) + '\n')
console.log(`${Object.keys(out).length} rivet endpoints written to src/docs/rivet-names.json`)
