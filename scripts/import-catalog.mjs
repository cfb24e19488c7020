// Rebuilds src/catalog/operations.ts from the operation catalog (a TSV of group, zh/en names,
// method, paths, scopes and rate label). Run by hand: node scripts/import-catalog.mjs <catalog.tsv>
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/import-catalog.mjs <catalog.tsv>');
const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
const cols = header.split('\t');
const seen = new Set();
const rows = [];
for (const line of lines) {
  const cells = line.split('\t');
  const r = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  if (r.group === 'Dashboards Copy') continue; // a verbatim repeat of Dashboards
  const key = `${r.method} ${r.path}`;
  if (seen.has(key)) continue;
  seen.add(key);
  rows.push([r.group, r.name_zh, r.name_en, r.method, r.path, r.master_path, r.scopes, r.rate_label]);
}
const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
writeFileSync(
  'src/catalog/operations.ts',
  `// The target list of operations: group, Chinese name, English name, method, account-level path,
// master-account path, classic scopes and rate-limit label. Regenerate with scripts/import-catalog.mjs.
export type CatalogRow = [group: string, zh: string, en: string, method: string, path: string, masterPath: string, scopes: string, rateLabel: string];

export const catalog: CatalogRow[] = [
${body}
];
`,
);
console.log(`${rows.length} operations written`);
