import { loadConfig, type Config } from './config.js'
import type { Clock } from './clock.js'
import { ensureSeed, type SeedResult } from './seed.js'
import { createServer, type Server } from './server.js'
import { restoreSnapshot, takeSnapshot } from './sim/reset.js'
import { SEED_SNAPSHOT, type SnapshotInfo } from './store/snapshots.repo.js'

export interface StartOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  host?: string
  /** A SQLite file path, ':memory:' (the default), or a postgres:// URL. */
  databaseUrl?: string
  /** Rate limits and daily budgets (off by default, as a test suite wants). */
  rateLimits?: boolean
  simulator?: boolean
  webhookRetryScale?: number
  recordingProcessingSeconds?: number
  /** Fixed ids and secrets for the seeded account and app (the ZOOM_* variables otherwise). */
  seed?: Partial<Config['seed']>
  /** A pino logger config, or false (the default) for none. */
  logger?: boolean | object
  clock?: Clock
  /** How long close() waits for due webhook deliveries. */
  drainMs?: number
}

export interface StartedServer {
  /** The origin, e.g. http://127.0.0.1:53412; the API is under /v2. */
  url: string
  port: number
  /** The seeded account, its owner and its Server-to-Server app's credentials. */
  seed: SeedResult
  server: Server
  /** Every table back to the seeded state (as POST /sim/reset). */
  reset(): Promise<void>
  snapshot(name: string): Promise<SnapshotInfo>
  restore(name: string): Promise<void>
  /** Stops listening, delivers due webhooks within a bounded wait, and closes the database. */
  close(): Promise<void>
}

/** Starts a listening server for a test runner; the environment is read only for what `options` leaves out. */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const host = options.host ?? '127.0.0.1'
  const config = loadConfig({
    ...process.env,
    HOST: host,
    PORT: String(options.port ?? 0),
    DATABASE_URL: options.databaseUrl ?? ':memory:',
    RATE_LIMITS: options.rateLimits ? 'on' : 'off',
    SIMULATOR: options.simulator === false ? 'off' : 'on',
    ...(options.webhookRetryScale ? { WEBHOOK_RETRY_SCALE: String(options.webhookRetryScale) } : {}),
    ...(options.recordingProcessingSeconds
      ? { RECORDING_PROCESSING_SECONDS: String(options.recordingProcessingSeconds) }
      : {}),
  })
  config.seed = { ...config.seed, ...options.seed }
  const server = await createServer(config, {
    logger: options.logger ?? false,
    clock: options.clock,
    drainMs: options.drainMs,
  })
  let seed: SeedResult
  try {
    seed = await ensureSeed(server.svc, config.seed)
    await server.app.listen({ host, port: config.port })
  } catch (err) {
    await server.close().catch(() => undefined)
    throw err
  }
  const address = server.app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  config.publicUrl = url
  const restore = async (name: string) => {
    if (!(await restoreSnapshot(server.svc, name))) throw new Error(`no snapshot named ${name}`)
  }
  return {
    url,
    port,
    seed,
    server,
    reset: () => restore(SEED_SNAPSHOT),
    snapshot: (name) => takeSnapshot(server.svc, name),
    restore,
    close: () => server.close(),
  }
}
