import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { buildServices, type Services } from './services.js';
import { openDb } from './store/db.js';
import { migrate } from './store/migrate.js';

export interface Server {
  app: FastifyInstance;
  svc: Services;
  close(): Promise<void>;
}

/** Opens the database, migrates it and builds the app; does not listen. */
export async function createServer(config: Config, opts: { clock?: Clock; logger?: boolean | object } = {}): Promise<Server> {
  const db = await openDb(config.databaseUrl);
  await migrate(db);
  const svc = await buildServices(config, db, opts.clock ?? systemClock);
  const app = await buildApp(svc, { logger: opts.logger });
  return {
    app,
    svc,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
