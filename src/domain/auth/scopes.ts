import { catalog } from '../../catalog/operations.js';
import { operations } from '../../api/index.js';
import { masterScopes } from '../../http/operation.js';

/** Every scope the server knows: those of the catalog and of the declared operations, with their master forms. */
export function allScopes(): string[] {
  const set = new Set<string>();
  const add = (list: string[]) => {
    for (const s of list) set.add(s);
    for (const s of masterScopes(list)) set.add(s);
  };
  for (const row of catalog) add(row[6].split(' ').filter(Boolean));
  for (const op of operations) add(op.scopes);
  return [...set].sort();
}
