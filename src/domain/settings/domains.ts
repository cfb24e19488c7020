import { errors } from '../../errors/catalog.js'

const DOMAIN = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

/** A comma-separated list of domains (Zoom's "The domains provided are invalid" otherwise). */
export function checkDomains(list: string | string[] | undefined): void {
  if (list === undefined) return
  const items = Array.isArray(list) ? list : list.split(',')
  const domains = items.map((d) => d.trim()).filter(Boolean)
  if (!Array.isArray(list) && list.trim() && domains.length === 0) throw errors.invalidDomains()
  if (domains.some((d) => !DOMAIN.test(d))) throw errors.invalidDomains()
}
