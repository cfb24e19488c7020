import type { FastifyInstance } from 'fastify'
import { OAuthError } from '../../errors/zoom-error.js'
import { withoutNul } from '../../http/nul.js'
import type { Services } from '../../services.js'

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString()
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  // The id is looked up; a header is not cleaned with the query and body.
  return { id: withoutNul(decoded.slice(0, colon)), secret: decoded.slice(colon + 1) }
}

/**
 * POST /oauth/token — Server-to-Server OAuth (`grant_type=account_credentials`). Parameters may come in the
 * form body (current clients) or the query string (older ones). Client credentials come as HTTP Basic, or as
 * client_id/client_secret parameters.
 */
export function registerOAuth(app: FastifyInstance, svc: Services): void {
  app.post('/oauth/token', async (request, reply) => {
    const params: Record<string, string> = {}
    for (const source of [request.query, request.body]) {
      if (source && typeof source === 'object') {
        for (const [k, v] of Object.entries(source as Record<string, unknown>)) if (typeof v === 'string') params[k] = v
      }
    }
    const creds =
      basicCredentials(request.headers.authorization) ??
      (params.client_id && params.client_secret ? { id: params.client_id, secret: params.client_secret } : undefined)
    if (!params.grant_type) throw new OAuthError(400, 'invalid_request', 'Missing grant_type')
    if (!creds) throw new OAuthError(400, 'invalid_client', 'Client ID or client secret is missing.')
    if (params.grant_type !== 'account_credentials')
      throw new OAuthError(400, 'unsupported_grant_type', 'unsupported grant type')
    const token = await svc.tokens.issueAccountCredentials(creds.id, creds.secret, params.account_id)
    reply.header('Cache-Control', 'no-store')
    return token
  })
}
