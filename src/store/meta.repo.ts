import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

export class MetaRepo {
  constructor(private db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
  }

  /** Returns the stored value, storing `value` first if the key is new (safe when processes race). */
  async getOrInit(key: string, value: () => string): Promise<string> {
    const existing = await this.get(key);
    if (existing !== undefined) return existing;
    await this.db.insertInto('meta').values({ key, value: value() }).onConflict((oc) => oc.column('key').doNothing()).execute();
    return (await this.get(key))!;
  }
}
