import { randomFillSync } from 'node:crypto'

const POOL_SIZE = 4096
const pool = Buffer.allocUnsafe(POOL_SIZE)
let offset = POOL_SIZE

/**
 * Cryptographically random bytes, drawn from a pool refilled a page at a time: a meeting create needs a few
 * small ids, and one call into the system generator per id costs more than the rest of making them.
 * Each byte is handed out once; the result is a copy the caller owns.
 */
export function randomBytes(size: number): Buffer {
  if (size > POOL_SIZE) return randomFillSync(Buffer.allocUnsafe(size))
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool)
    offset = 0
  }
  const out = Buffer.from(pool.subarray(offset, offset + size))
  offset += size
  return out
}

/**
 * A version 7 UUID (RFC 9562): milliseconds since the epoch, then random bits. Ids that grow with time land
 * next to each other in an index, so inserting many dirties a few pages, not one page each.
 */
export function uuidV7(now = Date.now()): string {
  const b = timeOrderedBytes(now)
  b[6] = 0x70 | (b.readUInt8(6) & 0x0f)
  b[8] = 0x80 | (b.readUInt8(8) & 0x3f)
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** 16 bytes: the time in milliseconds (48 bits, big-endian), then 80 random bits. */
export function timeOrderedBytes(now = Date.now()): Buffer {
  const b = randomBytes(16)
  b.writeUIntBE(Math.max(0, Math.floor(now)) % 2 ** 48, 0, 6)
  return b
}
