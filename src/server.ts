import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { isAdjustable, OffsetClock, systemClock, type Clock } from './clock.js'
import type { Config } from './config.js'
import { buildServices, type Services } from './services.js'
import { openDb, type Db } from './store/db.js'
import { WebhookDeliverer } from './events/deliverer.js'
import { migrate } from './store/migrate.js'
import { MetaRepo } from './store/meta.repo.js'
import { LISTENERS } from './registry.js'
import { BackgroundPlays } from './sim/background.js'
import { MeetingService } from './domain/meetings/meeting.service.js'
import { CloudRecordings } from './domain/cloud-recording/recordings.service.js'
import { LiveQos } from './domain/meetings/live-qos.js'

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
  /** How long close() waits for webhook deliveries that are due to go out (default 5 seconds). */
  drainMs?: number
}

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
    await svc.use(MeetingService).links.warm()
    app = await buildApp(svc, { logger: opts.logger })
  } catch (err) {
    await db.close().catch(() => undefined)
    throw err
  }
  const deliverer = opts.deliver === false ? undefined : svc.use(WebhookDeliverer)
  deliverer?.start(app.log)
  const recordings = opts.deliver === false ? undefined : svc.use(CloudRecordings)
  recordings?.start(app.log)
  const liveQos = opts.deliver === false ? undefined : svc.use(LiveQos)
  liveQos?.start(app.log)
  const clockSync = followStoredClock(db, svc.clock)
  return {
    app,
    svc,
    async close() {
      clearInterval(clockSync)
      await svc.use(BackgroundPlays).stop()
      await recordings?.stop()
      await liveQos?.stop()
      // Events already committed are delivered before the process goes, within a bounded wait.
      if (deliverer) await drainDeliveries(deliverer, opts.drainMs ?? 5000, app.log)
      await deliverer?.stop()
      await app.close()
      await db.close()
      app.log.info('server stopped')
    },
  }
}

async function drainDeliveries(deliverer: WebhookDeliverer, ms: number, log: FastifyInstance['log']): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)))
  const outcome = await Promise.race([deliverer.tick().catch(() => 'failed' as const), late])
  clearTimeout(timer)
  if (outcome === 'late') log.warn({ waitedMs: ms }, 'stopped with webhook deliveries still under way')
}

/**
 * Several processes on one PostgreSQL database share one clock: a move made through any of them is stored, and
 * the others take it up within a second. (SQLite has one server process per file.)
 */
function followStoredClock(db: Db, clock: Clock): NodeJS.Timeout | undefined {
  if (db.dialect !== 'postgres' || !isAdjustable(clock)) return undefined
  const meta = new MetaRepo(db.kysely)
  const timer = setInterval(() => {
    meta
      .clockOffset()
      .then((stored) => {
        if (stored > clock.offsetMs) clock.restoreOffset(stored)
      })
      .catch(() => undefined)
  }, 1000)
  timer.unref()
  return timer
}
