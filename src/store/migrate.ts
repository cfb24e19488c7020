import { sql } from 'kysely';
import type { Db } from './db.js';
import * as m001 from './migrations/001-platform.js';

// Ordered, append-only. Each runs once, in a transaction, recorded in schema_migrations.
const migrations: Array<[string, typeof m001]> = [['001-platform', m001]];

export async function migrate(db: Db): Promise<void> {
  const k = db.kysely as any;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at bigint NOT NULL)`.execute(k);
  if (db.dialect === 'postgres') {
    // Several server processes may start together against one database.
    await k.transaction().execute(async (trx: any) => {
      await sql`SELECT pg_advisory_xact_lock(4242001)`.execute(trx);
      await runPending(trx, db);
    });
  } else {
    await k.transaction().execute((trx: any) => runPending(trx, db));
  }
}

async function runPending(trx: any, db: Db): Promise<void> {
  const done = new Set<string>(
    (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx)).rows.map((r) => r.name),
  );
  for (const [name, mod] of migrations) {
    if (done.has(name)) continue;
    await mod.up(trx, db.dialect);
    await sql`INSERT INTO schema_migrations (name, applied_at) VALUES (${name}, ${Date.now()})`.execute(trx);
  }
}
