import { isIPv4, isIPv6 } from 'node:net'

// What a room device's `ip` may hold. An H.323 endpoint is reached at an address or a host name (a gatekeeper
// port may follow); a SIP endpoint may also be named by a SIP URI (`sip:room@host`) or a bare `user@host`.

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/
const SIP_USER = /^[A-Za-z0-9._~+!$&'()*,;=%-]+$/

function isHostName(value: string): boolean {
  if (value.length > 253 || isIPv4Like(value)) return false
  return value.split('.').every((label) => LABEL.test(label))
}

/** All digits and dots: meant as an IPv4 address, so it must be a valid one, not a host name. */
const isIPv4Like = (value: string) => /^[0-9.]+$/.test(value)

function isPort(value: string): boolean {
  if (!/^[0-9]{1,5}$/.test(value)) return false
  const n = Number(value)
  return n >= 1 && n <= 65535
}

/** An IPv4 address, a host name or a bracketed IPv6 address, with an optional port; or a bare IPv6 address. */
function isHost(value: string): boolean {
  if (isIPv6(value)) return true
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(value)
  if (bracketed) return isIPv6(bracketed[1] ?? '') && (bracketed[2] === undefined || isPort(bracketed[2]))
  const colon = value.lastIndexOf(':')
  const host = colon === -1 ? value : value.slice(0, colon)
  if (colon !== -1 && !isPort(value.slice(colon + 1))) return false
  return isIPv4(host) || isHostName(host)
}

function isSipAddress(value: string): boolean {
  const rest = value.replace(/^sips?:/i, '')
  const at = rest.lastIndexOf('@')
  if (at === -1) return isHost(rest)
  return SIP_USER.test(rest.slice(0, at)) && isHost(rest.slice(at + 1))
}

/** Why `ip` cannot address a device of `protocol`, or undefined when it can. */
export function addressProblem(protocol: string, ip: string): string | undefined {
  if (protocol === 'SIP')
    return isSipAddress(ip) ? undefined : 'Invalid field. Expected a SIP URI, an IP address or a host name.'
  return isHost(ip) ? undefined : 'Invalid field. Expected an IP address or a host name.'
}
