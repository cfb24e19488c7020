import type { FastifyInstance } from 'fastify'

/**
 * One `info` line per answered request: method, path, status, time, account and request id (Zoom's tracking id).
 * At `debug`, the request and response bodies too; those hooks exist only when the level is on at startup,
 * so the request path pays nothing for them otherwise.
 */
export function installRequestLog(app: FastifyInstance): void {
  // Without a logger (tests, CLI), Fastify's stand-in has no levels at all.
  const log = app.log as typeof app.log & { isLevelEnabled?: (level: string) => boolean }
  const enabled = (level: string) => typeof log.isLevelEnabled === 'function' && log.isLevelEnabled(level)
  if (enabled('debug')) {
    app.addHook('preHandler', (request, _reply, done) => {
      if (request.body !== undefined) request.log.debug({ body: request.body }, 'request body')
      done()
    })
    app.addHook('onSend', (request, reply, payload, done) => {
      if (typeof payload === 'string') request.log.debug({ status: reply.statusCode, body: payload }, 'response body')
      done(null, payload)
    })
  }
  if (!enabled('info')) return
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        account: request.actor?.accountId,
      },
      'request',
    )
    done()
  })
}
