import { operations } from './api/index.js';
import { catalog } from './catalog/operations.js';
import { operationPaths } from './http/operation.js';

export interface GroupCoverage {
  group: string;
  implemented: number;
  total: number;
  missing: string[];
}

/** Catalog operations matched by method and path (account-level or master form) against the declarations. */
export function coverage(): GroupCoverage[] {
  const served = new Set<string>();
  for (const op of operations) for (const { path } of operationPaths(op)) served.add(`${op.method} ${path}`);
  const groups = new Map<string, GroupCoverage>();
  for (const [group, , en, method, path, masterPath] of catalog) {
    const g = groups.get(group) ?? { group, implemented: 0, total: 0, missing: [] };
    groups.set(group, g);
    g.total++;
    if (served.has(`${method} ${path}`) || served.has(`${method} ${masterPath}`)) g.implemented++;
    else g.missing.push(`${method} ${path}  (${en})`);
  }
  return [...groups.values()];
}

export function coverageReport(verbose = false): string {
  const rows = coverage();
  const done = rows.reduce((n, r) => n + r.implemented, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const width = Math.max(...rows.map((r) => r.group.length));
  const lines = rows.map((r) => {
    const mark = r.implemented === r.total ? 'complete' : r.implemented ? 'partial' : '';
    let line = `${r.group.padEnd(width)}  ${String(r.implemented).padStart(3)}/${String(r.total).padEnd(3)} ${mark}`;
    if (verbose && r.missing.length) line += '\n' + r.missing.map((m) => `    - ${m}`).join('\n');
    return line;
  });
  return [...lines, `${'Total'.padEnd(width)}  ${String(done).padStart(3)}/${total}`].join('\n');
}
