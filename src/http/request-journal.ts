import type { FastifyInstance } from 'fastify'
import { RequestJournal } from '../domain/sim-tools/journal.js'
import type { Services } from '../services.js'

/**
 * Keeps API calls (/v2 and /oauth) in the simulator's request journal. It is written before the answer leaves,
 * so a client that reads the journal after a call always finds the call there.
 */
export function installRequestJournal(app: FastifyInstance, svc: Services): void {
  const journal = svc.use(RequestJournal)
  if (journal.size <= 0) return
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.url
    if (!url.startsWith('/v2/') && !url.startsWith('/oauth/')) return payload
    await journal.record({
      method: request.method,
      url,
      // A multipart upload's parts are not worth keeping.
      body: request.isMultipart() ? undefined : request.body,
      status: reply.statusCode,
      response: typeof payload === 'string' ? payload : undefined,
      accountId: request.actor?.accountId,
      clientId: request.actor?.clientId,
      durationMs: reply.elapsedTime,
    })
    return payload
  })
}
