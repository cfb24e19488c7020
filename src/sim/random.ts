import { createHash } from 'node:crypto'
import { must } from '../util/must.js'

// Deterministic randomness: every value the simulator invents (ids, addresses, QoS) derives from a seed string
// built from the meeting id, so playing the same scenario on the same meeting gives the same rows.

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest()
}

/** 16 bytes derived from the seed, as URL-safe base64 (22 characters, like Zoom's user ids). */
export function seededId(seed: string): string {
  return digest(seed).subarray(0, 16).toString('base64url')
}

/** A small, fast PRNG (mulberry32) seeded from a string. */
export class SeededRandom {
  private state: number

  constructor(seed: string) {
    this.state = digest(seed).readUInt32LE(0)
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** A number in [min, max) rounded to `decimals`. */
  between(min: number, max: number, decimals = 0): number {
    const f = 10 ** decimals
    return Math.round((min + this.next() * (max - min)) * f) / f
  }

  pick<T>(list: readonly T[]): T {
    return must(list[Math.floor(this.next() * list.length)], 'a pick from a non-empty list')
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((n, [, w]) => n + w, 0)
    let r = this.next() * total
    for (const [value, w] of entries) {
      r -= w
      if (r < 0) return value
    }
    // Rounding can leave r at 0 after the last weight: that one is the pick.
    return must(entries[entries.length - 1], 'a weighted pick from a non-empty list')[0]
  }
}
