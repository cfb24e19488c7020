import { additional, catalog } from '../../catalog/operations.js'

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

/** Every scope the server knows: those of the catalog's operations and the simulator's, with their master forms. */
export function allScopes(): string[] {
  const set = new Set<string>()
  const add = (list: string[]) => {
    for (const s of list) set.add(s)
    for (const s of masterScopes(list)) set.add(s)
  }
  for (const row of [...catalog, ...additional]) add(row[7].split(' ').filter(Boolean))
  add([SIMULATOR_SCOPES.read])
  add([SIMULATOR_SCOPES.write])
  return [...set].sort()
}
