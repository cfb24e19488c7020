import type { FastifyInstance } from 'fastify'
import { NUL } from '../util/nul.js'

// PostgreSQL text cannot hold U+0000: a statement given a value with it fails, where SQLite's matches nothing.
// No stored value can contain it (the body parsers refuse bodies carrying it), so a lookup by such a value must find
// nothing. U+FFFD, the character a decoder puts for one it cannot represent, keeps that: it is in no id, email or
// number, the values paths and query strings look things up by.
const REPLACEMENT = '\uFFFD'

/** The string with U+0000 replaced, for values that only look things up (credentials, path, query). */
export function withoutNul(s: string): string {
  return s.includes(NUL) ? s.replaceAll(NUL, REPLACEMENT) : s
}

export function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return withoutNul(value)
  if (Array.isArray(value)) return value.map(cleaned)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), cleaned(v)]))
  }
  return value
}

/**
 * Path parameters and query strings with U+0000 look up nothing: the operation answers with its own not-found.
 * (JSON bodies holding it are refused by the body parser, form bodies are cleaned there too.)
 */
export function installNulGuard(app: FastifyInstance): void {
  // onRequest, before the route's own hook: authorization already reads the path's account id.
  app.addHook('onRequest', (request, _reply, done) => {
    // U+0000 reaches a decoded value only through %00 (a raw NUL is not a valid URL character).
    if (request.url.includes('%00')) {
      request.params = cleaned(request.params)
      request.query = cleaned(request.query)
    }
    done()
  })
}
