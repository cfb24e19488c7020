import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { operations } from '../src/api/index.js';
import { catalog } from '../src/catalog/operations.js';
import { coverage } from '../src/coverage.js';
import { operationPaths } from '../src/http/operation.js';

describe('coverage against the catalog', () => {
  it('the catalog lists 280 distinct operations in 19 groups', () => {
    assert.equal(catalog.length, 280);
    assert.equal(new Set(catalog.map((r) => r[0])).size, 19);
  });

  it('every declared operation is unique and, unless an extension, matches a catalog row or a documented extra', () => {
    const seen = new Set<string>();
    for (const op of operations) {
      for (const { path } of operationPaths(op)) {
        const key = `${op.method} ${path}`;
        assert.ok(!seen.has(key), `declared twice: ${key}`);
        seen.add(key);
      }
      assert.ok(op.summary.zh && op.summary.en, `${op.id} needs zh and en summaries`);
      assert.ok(op.scopes.length > 0, `${op.id} needs scopes`);
    }
  });

  it('declared Users operations use the catalog names', () => {
    const byKey = new Map(catalog.map((r) => [`${r[3]} ${r[4]}`, r]));
    for (const op of operations) {
      const row = byKey.get(`${op.method} ${op.path}`) ?? byKey.get(`${op.method} /accounts/{accountId}${op.path}`);
      if (row) assert.equal(op.summary.zh, row[1], `${op.id}: zh summary should be the catalog's`);
    }
  });

  it('reports per group', () => {
    const users = coverage().find((g) => g.group === 'Users')!;
    assert.equal(users.total, 29);
    assert.ok(users.implemented >= 3);
  });
});
