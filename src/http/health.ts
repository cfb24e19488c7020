import type { FastifyInstance } from 'fastify'
import type { Services } from '../services.js'

// A database that takes longer than this to answer `SELECT 1` counts as down.
const PING_TIMEOUT_MS = 2000

/**
 * GET /health, for container checks and test runners waiting for the server: 200 when the process is up and the
 * database answers, 503 with the reason when it does not. No token is needed, and it is never rate limited.
 */
export function registerHealth(app: FastifyInstance, svc: Services): void {
  app.get('/health', async (_request, reply) => {
    const started = performance.now()
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        svc.db.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS)
        }),
      ])
    } catch (err) {
      return reply.code(503).send({
        status: 'unavailable',
        database: svc.db.dialect,
        reason: `database: ${err instanceof Error ? err.message : String(err)}`,
      })
    } finally {
      clearTimeout(timer)
    }
    return {
      status: 'ok',
      database: svc.db.dialect,
      database_ms: Math.round(performance.now() - started),
      uptime_s: Math.round(process.uptime()),
    }
  })
}
