import { additional, catalog, type CatalogRow } from './operations.js'

export type RateLabel = 'Light' | 'Medium' | 'Heavy' | 'Resource-intensive'

/** What the catalog says of one operation, in the form declarations use. */
export interface CatalogFacts {
  group: string
  summary: { en: string; zh: string }
  scopes: string[]
  rateLimit: RateLabel
  method: string
  path: string
  masterPath: string
  /** Also served under /accounts/{accountId} for master accounts. */
  master: boolean
}

const MASTER_PREFIX = '/accounts/{accountId}'

function facts(row: CatalogRow): CatalogFacts {
  const [, group, zh, en, method, path, masterPath, scopes, rate] = row
  return {
    group,
    summary: { en, zh },
    scopes: scopes.split(' ').filter(Boolean),
    rateLimit: rate as RateLabel,
    method,
    path,
    masterPath,
    master: masterPath !== path && masterPath === MASTER_PREFIX + path,
  }
}

const byId = new Map<string, CatalogRow>([...catalog, ...additional].map((r) => [r[0], r]))

/** The catalog's facts for an operationId, or undefined when the catalog does not list it. */
export function catalogFacts(id: string): CatalogFacts | undefined {
  const row = byId.get(id)
  return row && facts(row)
}
