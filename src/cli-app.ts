import { loadConfig } from './config.js'
import { ensureSeed, type SeedResult } from './seed.js'
import { createServer, type Server } from './server.js'
import type { AppRow } from './store/apps.repo.js'

/**
 * Runs a command that serves no HTTP on the configured database, seeding it if needed. It sends no webhooks: the
 * server on this database delivers the events the command emits.
 */
export async function withServer<T>(fn: (server: Server, seed: SeedResult) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const server = await createServer(config, { deliver: false, exclusive: false })
  try {
    return await fn(server, await ensureSeed(server.svc, config.seed))
  } finally {
    await server.close()
  }
}

/** The app a command acts for: the one named, or the seeded app. */
export async function cliApp(server: Server, seed: SeedResult, clientId?: string): Promise<AppRow> {
  const app = await server.svc.apps.get(clientId ?? seed.clientId)
  if (!app) throw new Error(`no app with client id ${clientId}`)
  return app
}
