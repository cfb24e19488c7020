import { operations } from './api/index.js'
import { catalog } from './catalog/operations.js'

export interface GroupCoverage {
  group: string
  implemented: number
  total: number
  missing: string[]
}

/** Catalog operations against the declarations, by operationId (a declaration's method and path are checked against its row). */
export function coverage(): GroupCoverage[] {
  const served = new Set(operations.map((op) => op.id))
  const groups = new Map<string, GroupCoverage>()
  for (const [id, group, , en, method, path] of catalog) {
    const g = groups.get(group) ?? { group, implemented: 0, total: 0, missing: [] }
    groups.set(group, g)
    g.total++
    if (served.has(id)) g.implemented++
    else g.missing.push(`${method} ${path}  (${en})`)
  }
  return [...groups.values()]
}

export function coverageReport(verbose = false): string {
  const rows = coverage()
  const done = rows.reduce((n, r) => n + r.implemented, 0)
  const total = rows.reduce((n, r) => n + r.total, 0)
  const width = Math.max(...rows.map((r) => r.group.length))
  const lines = rows.map((r) => {
    const mark = r.implemented === r.total ? 'complete' : r.implemented ? 'partial' : ''
    let line = `${r.group.padEnd(width)}  ${String(r.implemented).padStart(3)}/${String(r.total).padEnd(3)} ${mark}`
    if (verbose && r.missing.length) line += '\n' + r.missing.map((m) => `    - ${m}`).join('\n')
    return line
  })
  return [...lines, `${'Total'.padEnd(width)}  ${String(done).padStart(3)}/${total}`].join('\n')
}
