import type { FastifyInstance } from 'fastify';
import { errors } from '../errors/catalog.js';

// PostgreSQL text cannot hold U+0000: a statement given a value with it fails, where SQLite's matches nothing.
// No stored value can contain it (bodies carrying it are refused below), so a lookup by such a value must find
// nothing. U+FFFD, the character a decoder puts for one it cannot represent, keeps that: it is in no id, email or
// number, the values paths and query strings look things up by.
const NUL = '\u0000';
const REPLACEMENT = '\uFFFD';

/** The string with U+0000 replaced, for values that only look things up (credentials, path, query). */
export function withoutNul(s: string): string {
  return s.includes(NUL) ? s.replaceAll(NUL, REPLACEMENT) : s;
}

export function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return withoutNul(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), cleaned(v)]));
  }
  return value;
}

/** The dotted path (as validation errors name fields) of the first key or string holding U+0000, if any. */
export function nulField(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulField(value[i], path ? `${path}.${i}` : String(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key in value) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return at;
    const found = nulField((value as Record<string, unknown>)[key], at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** 400/300 naming a body field that holds U+0000. */
export const nulRefused = (field: string) => errors.validation([{ field, message: 'Invalid field. The character U+0000 is not allowed.' }]);

/**
 * Path parameters and query strings with U+0000 look up nothing: the operation answers with its own not-found.
 * (JSON bodies holding it are refused by the body parser, form bodies are cleaned there too.)
 */
export function installNulGuard(app: FastifyInstance): void {
  // onRequest, before the route's own hook: authorization already reads the path's account id.
  app.addHook('onRequest', (request, _reply, done) => {
    // U+0000 reaches a decoded value only through %00 (a raw NUL is not a valid URL character).
    if (request.url.includes('%00')) {
      request.params = cleaned(request.params);
      request.query = cleaned(request.query);
    }
    done();
  });
}
