import { fileURLToPath } from 'node:url'

export type DatabaseTarget = { dialect: 'postgres'; url: string } | { dialect: 'sqlite'; file: string }

const EXPECTED = 'expected a SQLite file path or postgres://user:pass@host/db'

// Two characters at least: `C:\data\zoom.db` is a Windows path, not a URL.
const SCHEME = /^([a-z][a-z0-9+.-]+):/i

/**
 * What a DATABASE_URL names: a postgres:// URL, or a SQLite file (a path, ':memory:', or the same behind `file:`
 * or `sqlite:`). Any other scheme is refused here, before it could be taken for a relative path and create
 * folders named after it.
 */
export function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined) return { dialect: 'sqlite', file: url }
  if (scheme !== 'file' && scheme !== 'sqlite')
    throw new Error(`DATABASE_URL: unsupported scheme ${scheme}:; ${EXPECTED}`)
  if (url.includes('?'))
    throw new Error(`DATABASE_URL: ${url} has parameters, which SQLite paths do not take; ${EXPECTED}`)
  if (scheme === 'file' && url.startsWith('file://')) {
    try {
      return { dialect: 'sqlite', file: fileURLToPath(url) }
    } catch {
      throw new Error(
        `DATABASE_URL: ${url} is not a local file URL (file:///absolute/path or file:relative/path); ${EXPECTED}`,
      )
    }
  }
  // sqlite://path and sqlite:path are both in use; `file:relative/path` has no slashes to strip.
  return { dialect: 'sqlite', file: url.replace(/^(file|sqlite):(\/\/)?/i, '') }
}
