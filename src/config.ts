import { resolve } from 'node:path'
import { databaseTarget } from './store/database-url.js'

export interface Config {
  host: string
  port: number
  /** A file path (SQLite, also as a file: URL) or a postgres:// URL. */
  databaseUrl: string
  /** SQLITE_SYNCHRONOUS: `normal` survives a crash of the process, `full` also a power loss. */
  sqliteSynchronous: 'normal' | 'full'
  /** Public origin used in api_url, pic_url and other absolute links. */
  publicUrl: string
  rateLimits: boolean
  /** The meeting simulator's routes under /sim (SIMULATOR=on|off, on by default). */
  simulator: boolean
  /** How many of the newest API requests the simulator's request journal keeps (REQUEST_JOURNAL_SIZE; 0 = off). */
  requestJournalSize: number
  /** Multiplies webhook retry delays (Zoom: 5, 20, 60 minutes); e.g. 0.01 retries within seconds locally. */
  webhookRetryScale: number
  /**
   * Seconds a cloud recording stays "processing" after its meeting ends, on the server clock (Zoom takes about
   * twice the recorded time); the audio transcript follows as long again.
   */
  recordingProcessingSeconds: number
  logLevel: string
  /** CONSOLE_PASSWORD: when set, the console at `/` asks for it; when not, it answers only on loopback. */
  consolePassword?: string
  seed: {
    accountId?: string
    clientId?: string
    clientSecret?: string
    webhookSecretToken?: string
    ownerEmail: string
  }
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return !['off', '0', 'false', 'no'].includes(value.toLowerCase())
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${value}`)
  return n
}

function journalSize(value: string | undefined): number {
  if (value === undefined || value === '') return 1000
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`REQUEST_JOURNAL_SIZE must be a whole number, got ${value}`)
  return n
}

function synchronous(value: string | undefined): Config['sqliteSynchronous'] {
  const v = (value || 'normal').toLowerCase()
  if (v !== 'normal' && v !== 'full') throw new Error(`SQLITE_SYNCHRONOUS must be normal or full, got ${value}`)
  return v
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1'
  const port = Number(env.PORT || 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`)
  const databaseUrl = env.DATABASE_URL || resolve('data', 'zoom.db')
  databaseTarget(databaseUrl) // an unusable URL fails every command at once, naming the variable
  return {
    host,
    port,
    databaseUrl,
    sqliteSynchronous: synchronous(env.SQLITE_SYNCHRONOUS),
    publicUrl: (env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/$/, ''),
    rateLimits: flag(env.RATE_LIMITS, true),
    simulator: flag(env.SIMULATOR, true),
    requestJournalSize: journalSize(env.REQUEST_JOURNAL_SIZE),
    webhookRetryScale: positiveNumber('WEBHOOK_RETRY_SCALE', env.WEBHOOK_RETRY_SCALE, 1),
    recordingProcessingSeconds: positiveNumber('RECORDING_PROCESSING_SECONDS', env.RECORDING_PROCESSING_SECONDS, 30),
    logLevel: env.LOG_LEVEL || 'info',
    consolePassword: env.CONSOLE_PASSWORD || undefined,
    seed: {
      accountId: env.ZOOM_ACCOUNT_ID || undefined,
      clientId: env.ZOOM_CLIENT_ID || undefined,
      clientSecret: env.ZOOM_CLIENT_SECRET || undefined,
      webhookSecretToken: env.ZOOM_WEBHOOK_SECRET_TOKEN || undefined,
      ownerEmail: env.ZOOM_OWNER_EMAIL || 'owner@example.com',
    },
  }
}
