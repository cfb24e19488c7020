import type { FastifyRequest } from 'fastify'
import { errors } from '../errors/catalog.js'
import type { Services } from '../services.js'
import { requiredGranularScopes, requiredScopes, type Actor, type AnyOperation } from './operation.js'

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
 * Whether a token holds one of `needed`, and whether what it holds acts account-wide: an `:admin` or `:master` form
 * does, a user-level one only on the caller's own user — unless the operation has no `:admin` form at all.
 */
function reach(
  held: ReadonlySet<string>,
  needed: string[],
  viaMaster: boolean,
  adminForm: boolean,
): { held: boolean; accountWide: boolean } {
  const mine = needed.filter((s) => held.has(s))
  return {
    held: mine.length > 0,
    accountWide: mine.some((s) => viaMaster || s.endsWith(':admin') || s.endsWith(':master') || !adminForm),
  }
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
  const granular = requiredGranularScopes(op, viaMaster)
  // Classic and granular scopes grant alike; Zoom names the granular ones when neither is held.
  const classic = reach(
    info.scopes,
    needed,
    viaMaster,
    op.scopes.some((s) => s.endsWith(':admin')),
  )
  const fine = reach(
    info.scopes,
    granular,
    viaMaster,
    granular.some((s) => s.endsWith(':admin')),
  )
  if (!classic.held && !fine.held) throw errors.missingScopes(granular.length ? granular : needed)
  // A user-managed app's token acts for the user who installed it, even if the app was given :admin scopes.
  const accountWide = !info.userManaged && (classic.accountWide || fine.accountWide)

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
