import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { OffsetClock, systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { buildServices, type Services } from './services.js';
import { openDb } from './store/db.js';
import { WebhookDeliverer } from './events/deliverer.js';
import { migrate } from './store/migrate.js';
import { MeetingInstances } from './domain/meetings/instances.js';
import { LiveStreamService } from './domain/meetings/livestream.js';

export interface Server {
  app: FastifyInstance;
  svc: Services;
  close(): Promise<void>;
}

export interface ServerOptions {
  clock?: Clock;
  logger?: boolean | object;
  /** false: this process sends no webhooks (CLI commands; a server on the same database delivers them). */
  deliver?: boolean;
}

/**
 * Services that subscribe to other services' changes in their constructor: built at startup, as one first
 * used by a request would miss every change made before it.
 */
const LISTENERS: (new (svc: Services) => unknown)[] = [MeetingInstances, LiveStreamService];

/** Opens the database, migrates it and builds the app; does not listen. */
export async function createServer(config: Config, opts: ServerOptions = {}): Promise<Server> {
  const db = await openDb(config.databaseUrl);
  await migrate(db);
  // With the simulator on, the clock follows real time but can be moved forward (POST /sim/clock/advance).
  const svc = await buildServices(config, db, opts.clock ?? (config.simulator ? new OffsetClock() : systemClock));
  for (const listener of LISTENERS) svc.use(listener);
  const app = await buildApp(svc, { logger: opts.logger });
  const deliverer = opts.deliver === false ? undefined : svc.use(WebhookDeliverer);
  deliverer?.start(app.log);
  return {
    app,
    svc,
    async close() {
      await deliverer?.stop();
      await app.close();
      await db.close();
    },
  };
}
