import type { FastifyRequest } from 'fastify'
import { errors } from '../errors/catalog.js'
import type { Services } from '../services.js'
import { requiredScopes, type Actor, type AnyOperation } from './operation.js'

export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization
  if (!header) throw errors.invalidToken()
  const space = header.indexOf(' ')
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'bearer') throw errors.invalidToken()
  const token = header.slice(space + 1).trim()
  if (!token) throw errors.invalidToken()
  return token
}

/**
 * Token → account, app and scopes; then the scope check, the master-form account switch and the rate limit,
 * all before the body is read, so a bad token wins over a bad body as on Zoom.
 */
export async function authorize(
  svc: Services,
  op: AnyOperation,
  viaMaster: boolean,
  request: FastifyRequest,
): Promise<{ actor: Actor; headers: Record<string, string> }> {
  const info = await svc.tokens.verify(bearerToken(request))
  const needed = requiredScopes(op, viaMaster)
  const adminForm = op.scopes.some((s) => s.endsWith(':admin'))
  let held = false
  let accountWide = false
  for (const s of needed) {
    if (info.scopes.has(s)) {
      held = true
      if (viaMaster || s.endsWith(':admin') || s.endsWith(':master') || !adminForm) accountWide = true
    }
  }
  if (!held) throw errors.missingScopes(needed)

  let accountId = info.accountId
  const caller = await svc.accounts.getCached(info.accountId)
  if (!caller) throw errors.invalidToken()
  if (op.native) {
    // `me` and the caller's own id act on the caller's account; any other id only on one of its sub accounts.
    const target = (request.params as { accountId?: string }).accountId
    viaMaster = false
    if (target && target !== 'me' && target !== info.accountId) {
      const sub = await svc.accounts.getCached(target)
      if (!sub || sub.master_account_id !== info.accountId)
        throw errors.accountNotFound(target, op.native.unknownAccount)
      accountId = target
      viaMaster = true
    }
  } else if (viaMaster) {
    const target = (request.params as { accountId?: string }).accountId
    if (target && target !== 'me' && target !== info.accountId) {
      const sub = await svc.accounts.getCached(target)
      if (!sub || sub.master_account_id !== info.accountId) throw errors.accountNotFound(target)
      accountId = target
    }
  }
  const headers = svc.rateLimiter.take(info.accountId, caller.plan, op.rateLimit)
  return {
    actor: {
      callerAccountId: info.accountId,
      accountId,
      clientId: info.clientId,
      userId: info.userId,
      scopes: info.scopes,
      viaMaster,
      accountWide,
    },
    headers,
  }
}
