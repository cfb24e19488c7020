import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { isAdjustable, OffsetClock, systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { buildServices, type Services } from './services.js'
import { openDb } from './store/db.js'
import { WebhookDeliverer } from './events/deliverer.js'
import { migrate } from './store/migrate.js'
import { MetaRepo } from './store/meta.repo.js'
import { MeetingInstances } from './domain/meetings/instances.js'
import { LiveStreamService } from './domain/meetings/livestream.js'
import { BackgroundPlays } from './sim/background.js'

export interface Server {
  app: FastifyInstance
  svc: Services
  close(): Promise<void>
}

export interface ServerOptions {
  clock?: Clock
  logger?: boolean | object
  /** false: this process sends no webhooks (CLI commands; a server on the same database delivers them). */
  deliver?: boolean
  /**
   * false: a short-lived command beside the server, which does not take the SQLite file for itself. A server
   * (the default) does, and a second server on the same file is refused.
   */
  exclusive?: boolean
}

/**
 * Services that subscribe to other services' changes in their constructor: built at startup, as one first
 * used by a request would miss every change made before it.
 */
const LISTENERS: (new (svc: Services) => unknown)[] = [MeetingInstances, LiveStreamService]

/** Opens the database, migrates it and builds the app; does not listen. */
export async function createServer(config: Config, opts: ServerOptions = {}): Promise<Server> {
  const db = await openDb(config.databaseUrl, {
    exclusive: opts.exclusive !== false,
    synchronous: config.sqliteSynchronous,
  })
  let svc: Services
  let app: FastifyInstance
  // A start that fails after the database is open releases it (and its lock) for the next try.
  try {
    await migrate(db)
    // With the simulator on, the clock follows real time but can be moved forward (POST /sim/clock/advance). A move
    // made before is taken back even with the simulator off: stored times stay where they were in time.
    const offset = await new MetaRepo(db.kysely).clockOffset()
    const clock = opts.clock ?? (config.simulator || offset ? new OffsetClock() : systemClock)
    if (offset && isAdjustable(clock)) clock.restoreOffset(offset)
    svc = await buildServices(config, db, clock)
    for (const listener of LISTENERS) svc.use(listener)
    app = await buildApp(svc, { logger: opts.logger })
  } catch (err) {
    await db.close().catch(() => undefined)
    throw err
  }
  const deliverer = opts.deliver === false ? undefined : svc.use(WebhookDeliverer)
  deliverer?.start(app.log)
  return {
    app,
    svc,
    async close() {
      await svc.use(BackgroundPlays).stop()
      await deliverer?.stop()
      await app.close()
      await db.close()
      app.log.info('server stopped')
    },
  }
}
