import { additional, catalog } from '../../catalog/operations.js'
import { GRANULAR_SCOPES } from '../../catalog/granular-scopes.js'

/** The simulator's own scopes: its operations are this server's, so the catalog does not list them. */
export const SIMULATOR_SCOPES = { read: 'simulator:read:admin', write: 'simulator:write:admin' } as const

/** A classic scope `x:read:admin` or `x:write:admin` → `x:master`: the master form of a classic scope. */
export function masterScopes(scopes: string[]): string[] {
  const accountWide = scopes.filter((s) => s.endsWith(':admin') || s.endsWith(':master'))
  const set = new Set(
    (accountWide.length ? accountWide : scopes).map((s) => (s.endsWith(':master') ? s : `${s.split(':')[0]}:master`)),
  )
  return [...set]
}

/**
 * Every scope the server knows: the classic ones of the catalog's operations and the simulator's, with their master
 * forms, and the granular ones of the catalog's operations.
 */
export function allScopes(): string[] {
  const set = new Set<string>()
  const add = (list: string[]) => {
    for (const s of list) set.add(s)
    for (const s of masterScopes(list)) set.add(s)
  }
  for (const row of [...catalog, ...additional]) add(row[7].split(' ').filter(Boolean))
  add([SIMULATOR_SCOPES.read])
  add([SIMULATOR_SCOPES.write])
  for (const list of Object.values(GRANULAR_SCOPES)) for (const s of list.split(' ')) set.add(s)
  return [...set].sort()
}

/** A scope that reaches past its own user: account-wide (`:admin`), master-account (`:master`) or the simulator's. */
export function isAdminLevel(scope: string): boolean {
  return scope.endsWith(':admin') || scope.endsWith(':master') || scope.startsWith('simulator:')
}

/**
 * What a new app holds when no scopes are named: a user-managed app only the user-level scopes, the others every
 * scope but the simulator's (those act on the whole server, so an app gets them only when asked for by name).
 */
export function defaultAppScopes(type: 's2s' | 'user' | 'admin'): string[] {
  return allScopes().filter((s) => (type === 'user' ? !isAdminLevel(s) : !s.startsWith('simulator:')))
}
