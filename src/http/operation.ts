import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Static, TSchema } from 'typebox'
import type { Services } from '../services.js'
import type { Config } from '../config.js'

import { catalogFacts, type RateLabel } from '../catalog/facts.js'
import type { Actor } from '../domain/actor.js'
import { masterScopes } from '../domain/auth/scopes.js'
import { granularForms } from '../catalog/granular-scopes.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
export type { RateLabel, Actor }
export { masterScopes }

export interface HandlerContext<P, Q, B> {
  params: P
  query: Q
  body: B
  actor: Actor
  svc: Services
  request: FastifyRequest
  reply: FastifyReply
}

type S<T> = T extends TSchema ? Static<T> : undefined

export interface OperationSpec<P, Q, B, R> {
  /** Zoom's operationId. */
  id: string
  group: string
  method: Method
  /** Account-level path in Zoom's form: /users/{userId}. */
  path: string
  /**
   * true: also served under /accounts/{accountId}{path} for master accounts.
   * A path that already starts with /accounts/{accountId} is master-only.
   */
  master?: boolean
  summary: { en: string; zh: string }
  /** Classic scopes; the token needs one of them. The master form needs `<resource>:master`. */
  scopes: string[]
  rateLimit: RateLabel
  params?: P
  query?: Q
  body?: B
  /**
   * A native master-account operation (Accounts, Billing): the path starts with /accounts/{accountId}, where `me`
   * or the caller's own id is the caller's account and any other id must be one of its sub accounts. The declared
   * scopes apply as they are, their `:master` forms too; `unknownAccount` is the HTTP status of Zoom's 2001
   * answer for an id that is neither.
   */
  native?: { unknownAccount: 400 | 404 }
  /** Request body arrives as multipart/form-data (uploads). */
  multipart?: boolean
  /** The success status and, when it has a body, its schema. */
  success: { status: 200 | 201 | 202 | 204; schema?: R }
  /** Not part of Zoom's API (simulator, admin); documented under its own tag. */
  extension?: boolean
  /** Zoom still serves it but has deprecated it for a newer operation: the reference says so. */
  deprecated?: boolean
  /** URL prefix the path is served under: '/v2' (Zoom's API) unless given; '' serves the path as it is. */
  prefix?: string
  /** Registered only when this returns true for the server's configuration (e.g. the simulator's SIMULATOR flag). */
  enabled?: (config: Config) => boolean
  handle(ctx: HandlerContext<S<P>, S<Q>, S<B>>): Promise<S<R> | void> | S<R> | void
}

type AnySchema = TSchema | undefined
/** Any declared operation: its inputs are then `unknown`, which is all the router and the docs need to know. */
export type AnyOperation = OperationSpec<AnySchema, AnySchema, AnySchema, AnySchema>

/** Facts the catalog holds for every operation it lists; a declaration of such an operation does not repeat them. */
type CatalogFact = 'group' | 'summary' | 'scopes' | 'rateLimit' | 'master'
export type OperationDeclaration<P, Q, B, R> = Omit<OperationSpec<P, Q, B, R>, CatalogFact> &
  Partial<Pick<OperationSpec<P, Q, B, R>, CatalogFact>>

/**
 * An operation from its declaration: the id, method, path, schemas and handler are the declaration's; group,
 * summaries, scopes, rate label and the master form come from the catalog row of that id. Only an extension
 * (not Zoom's API, absent from the catalog) states those facts itself. Any disagreement fails at load time.
 */
export function defineOperation<
  P extends TSchema | undefined = undefined,
  Q extends TSchema | undefined = undefined,
  B extends TSchema | undefined = undefined,
  R extends TSchema | undefined = undefined,
>(decl: OperationDeclaration<P, Q, B, R>): OperationSpec<P, Q, B, R> {
  const facts = catalogFacts(decl.id)
  const stated = (['group', 'summary', 'scopes', 'rateLimit', 'master'] as const).filter((k) => decl[k] !== undefined)
  if (!facts) {
    // The simulator's routes (marked as extensions by their group's index) are not Zoom's and state their own facts.
    if (stated.length < 4)
      throw new Error(
        `${decl.id}: not in the catalog; only an extension states its own group, summary, scopes and rate label`,
      )
    return decl as OperationSpec<P, Q, B, R>
  }
  if (stated.length) throw new Error(`${decl.id}: ${stated.join(', ')} come from the catalog, not the declaration`)
  if (decl.method !== facts.method || (decl.path !== facts.path && decl.path !== facts.masterPath)) {
    throw new Error(`${decl.id}: declared ${decl.method} ${decl.path}, the catalog has ${facts.method} ${facts.path}`)
  }
  if (!facts.rateLimit) throw new Error(`${decl.id}: the catalog gives no rate label`)
  const { group, summary, scopes, rateLimit, master } = facts
  return { ...decl, group, summary, scopes, rateLimit, ...(master ? { master } : {}) }
}

export const MASTER_PREFIX = '/accounts/{accountId}'
export const API_PREFIX = '/v2'

/** The URL prefix an operation is served under. */
export function operationPrefix(op: AnyOperation): string {
  return op.prefix ?? API_PREFIX
}

/** Every path an operation is served at (Zoom form, without /v2). */
export function operationPaths(op: AnyOperation): { path: string; master: boolean }[] {
  if (op.path.startsWith(MASTER_PREFIX)) return [{ path: op.path, master: true }]
  const out = [{ path: op.path, master: false }]
  if (op.master) out.push({ path: MASTER_PREFIX + op.path, master: true })
  return out
}

/** The scopes a token needs (one of them) for an operation served at one of its paths. */
export function requiredScopes(op: AnyOperation, viaMaster: boolean): string[] {
  if (op.native) return [...new Set([...op.scopes, ...masterScopes(op.scopes)])]
  return viaMaster ? masterScopes(op.scopes) : op.scopes
}

/**
 * The granular scopes that grant an operation at one of its paths (one of them): the user-level and `:admin` forms
 * at the account path, the `:master` forms at the master path; a native account operation takes all of them.
 */
export function requiredGranularScopes(op: AnyOperation, viaMaster: boolean): string[] {
  const forms = granularForms(op.id)
  if (!forms) return []
  if (op.native) return [...forms.user, ...forms.admin, ...forms.master]
  return viaMaster ? forms.master : [...forms.user, ...forms.admin]
}
