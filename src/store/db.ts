import { Kysely, PostgresDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './tables.js';
import { GroupCommitDriver, GroupCommitSqliteDialect } from './sqlite-group-commit.js';
import { WriteTracker } from './write-tracker.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Present when this process is the database's only writer (SQLite), so rows may be cached in memory. */
  writes?: WriteTracker;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Opens the database named by a DATABASE_URL: a postgres:// URL, a SQLite file path, or ':memory:'. */
export async function openDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) {
    const pg = await import('pg');
    // int8 (COUNT(*), bigserial) as numbers: our counts and sequences stay far below 2^53.
    pg.default.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.default.Pool({ connectionString: url, max: 10 });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  const { default: SQLite } = await import('better-sqlite3');
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
  const writes = new WriteTracker();
  const driver = new GroupCommitDriver(sqlite, () => writes.invalidateAll());
  const kysely = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(driver), plugins: [writes] });
  return { kysely, dialect: 'sqlite', writes, close: () => kysely.destroy() };
}
