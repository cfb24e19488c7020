import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { OffsetClock, systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { buildServices, type Services } from './services.js';
import { openDb } from './store/db.js';
import { WebhookDeliverer } from './events/deliverer.js';
import { migrate } from './store/migrate.js';
import { MeetingInstances } from './domain/meetings/instances.js';

export interface Server {
  app: FastifyInstance;
  svc: Services;
  close(): Promise<void>;
}

/** Opens the database, migrates it and builds the app; does not listen. */
export async function createServer(config: Config, opts: { clock?: Clock; logger?: boolean | object } = {}): Promise<Server> {
  const db = await openDb(config.databaseUrl);
  await migrate(db);
  // With the simulator on, the clock follows real time but can be moved forward (POST /sim/clock/advance).
  const svc = await buildServices(config, db, opts.clock ?? (config.simulator ? new OffsetClock() : systemClock));
  // Held meeting instances are recorded on every start and end, whoever changes the status.
  svc.use(MeetingInstances);
  const app = await buildApp(svc, { logger: opts.logger });
  const deliverer = svc.use(WebhookDeliverer);
  deliverer.start(app.log);
  return {
    app,
    svc,
    async close() {
      await deliverer.stop();
      await app.close();
      await db.close();
    },
  };
}
