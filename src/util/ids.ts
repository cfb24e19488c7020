import { randomInt } from 'node:crypto'
import { randomBytes } from './random.js'

/** Zoom's user and account ids: 16 random bytes as URL-safe base64 (22 characters). */
export function zoomId(): string {
  return randomBytes(16).toString('base64url')
}

export function clientId(): string {
  return randomBytes(15).toString('base64url').replace(/[-_]/g, 'x')
}

export function secret(length = 32): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)]
  return out
}

/** A number of `digits` digits whose first digit is not zero (meeting ids, PMIs). */
export function digits(count: number): number {
  let s = String(randomInt(1, 10))
  for (let i = 1; i < count; i++) s += String(randomInt(10))
  return Number(s)
}
