import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { withoutNul } from '../../http/nul.js'
import { OAuthService } from '../../domain/auth/oauth.service.js'
import { oauthRefusals } from '../../domain/auth/oauth-refusals.js'
import { OAuthError, ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import { registerAuthorize } from './authorize.route.js'

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString()
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  // The id is looked up; a header is not cleaned with the query and body.
  return { id: withoutNul(decoded.slice(0, colon)), secret: decoded.slice(colon + 1) }
}

/** Parameters from the query string and the form body; the body wins where both have one. */
function oauthParams(query: unknown, body: unknown): Record<string, string> {
  const params: Record<string, string> = {}
  for (const source of [query, body]) {
    if (source && typeof source === 'object') {
      for (const [k, v] of Object.entries(source as Record<string, unknown>)) if (typeof v === 'string') params[k] = v
    }
  }
  return params
}

/**
 * The OAuth endpoints answer every refusal in OAuth's `{reason, error}` shape, a body that cannot be parsed too;
 * anything else goes on to the server's error handler.
 */
function oauthErrors(err: FastifyError | OAuthError | ZoomError, _request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof OAuthError) return reply.status(err.status).send({ reason: err.reason, error: err.error })
  // The JSON parser's refusals (bad syntax, too deep) are the API's 300.
  if (err instanceof ZoomError ? err.code === 300 : err instanceof SyntaxError)
    return reply.status(400).send({ reason: 'Invalid request body.', error: 'invalid_request' })
  throw err
}

const GRANTS = new Set(['account_credentials', 'authorization_code', 'refresh_token'])

/**
 * The client's id and secret: HTTP Basic, else client_id and client_secret parameters. A client_id parameter sent
 * beside Basic credentials must name the same app.
 */
function clientCredentials(request: FastifyRequest, params: Record<string, string>): { id: string; secret: string } {
  const basic = basicCredentials(request.headers.authorization)
  if (basic) {
    if (params.client_id && params.client_id !== basic.id) throw oauthRefusals.otherClient()
    return basic
  }
  if (params.client_id && params.client_secret) return { id: params.client_id, secret: params.client_secret }
  throw oauthRefusals.missingCredentials()
}

/**
 * POST /oauth/token — Server-to-Server OAuth (`grant_type=account_credentials`), and the authorization code and
 * refresh grants of user- and admin-managed apps. Parameters may come in the form body (current clients) or the
 * query string (older ones). POST /oauth/revoke uninstalls the install a token belongs to. The consent page is in authorize.route.ts.
 */
export function registerOAuth(app: FastifyInstance, svc: Services): void {
  app.post('/oauth/token', { errorHandler: oauthErrors }, async (request, reply) => {
    const params = oauthParams(request.query, request.body)
    if (!params.grant_type) throw oauthRefusals.missingGrantType()
    const creds = clientCredentials(request, params)
    reply.header('Cache-Control', 'no-store')
    if (!GRANTS.has(params.grant_type)) throw oauthRefusals.unsupportedGrant()
    const client = await svc.tokens.authenticateClient(creds.id, creds.secret)
    // Each kind of app has its own grants: account credentials for Server-to-Server, the code flow for the others.
    if ((params.grant_type === 'account_credentials') !== (client.app_type === 's2s'))
      throw oauthRefusals.unsupportedGrant()
    if (params.grant_type === 'account_credentials') return svc.tokens.issueForApp(client, params.account_id)
    const oauth = svc.use(OAuthService)
    return params.grant_type === 'authorization_code'
      ? oauth.exchangeCode(client, params)
      : oauth.refresh(client, params)
  })

  app.post('/oauth/revoke', { errorHandler: oauthErrors }, async (request) => {
    const params = oauthParams(request.query, request.body)
    const creds = clientCredentials(request, params)
    await svc.use(OAuthService).revoke(await svc.tokens.authenticateClient(creds.id, creds.secret), params.token)
    return { status: 'success' }
  })

  registerAuthorize(app, svc)
}
