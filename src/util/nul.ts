import { errors } from '../errors/catalog.js'

// PostgreSQL text cannot hold U+0000, so no stored value may contain it.
export const NUL = '\u0000'

/** The dotted path (as validation errors name fields) of the first key or string holding U+0000, if any. */
export function nulField(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined
  if (!value || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulField(value[i], path ? `${path}.${i}` : String(i))
      if (found !== undefined) return found
    }
    return undefined
  }
  for (const key in value) {
    const at = path ? `${path}.${key}` : key
    if (key.includes(NUL)) return at
    const found = nulField((value as Record<string, unknown>)[key], at)
    if (found !== undefined) return found
  }
  return undefined
}

/** 400/300 naming a body field that holds U+0000. */
export const nulRefused = (field: string) =>
  errors.validation([{ field, message: 'Invalid field. The character U+0000 is not allowed.' }])
