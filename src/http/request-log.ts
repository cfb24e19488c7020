import type { FastifyInstance, FastifyRequest } from 'fastify'

/** Query parameters (and form or JSON fields) whose values are credentials: logs show them as `***`. */
export const SECRET_PARAMS = [
  'client_secret',
  'code',
  'code_verifier',
  'refresh_token',
  'token',
  'access_token',
  'zak',
  'pwd',
  'h',
  'tk',
  'password',
] as const

const names = SECRET_PARAMS.join('|')
// A secret in a URL's query (`?zak=…`, `&pwd=…`), also inside a URL quoted in a JSON body (start_url).
const IN_QUERY = new RegExp(`([?&](?:${names})=)[^&#"\\s]*`, 'gi')
// A secret as a JSON member: `"access_token":"…"`.
const IN_JSON = new RegExp(`("(?:${names})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi')

/** The text with every credential named in SECRET_PARAMS replaced by `***`. */
export function maskSecrets(text: string): string {
  return text.replace(IN_QUERY, '$1***').replace(IN_JSON, '$1"***"')
}

/** A parsed body as it may be logged: top-level credential fields (an OAuth form, a sign-in) masked. */
function maskedBody(body: unknown): unknown {
  if (typeof body === 'string') return maskSecrets(body)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  const secret = new Set<string>(SECRET_PARAMS)
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, secret.has(k.toLowerCase()) ? '***' : v]))
}

/** Fastify's own request serializer, should it ever log a request, without the credentials in its URL. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: maskSecrets(request.url),
    host: request.host,
    remoteAddress: request.ip,
  }),
}

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
      if (request.body !== undefined) request.log.debug({ body: maskedBody(request.body) }, 'request body')
      done()
    })
    app.addHook('onSend', (request, reply, payload, done) => {
      if (typeof payload === 'string')
        request.log.debug({ status: reply.statusCode, body: maskSecrets(payload) }, 'response body')
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
