import { AsyncLocalStorage } from 'node:async_hooks'

/** The server's single source of time, so tests and the simulator can move it without sleeping. */
export interface Clock {
  now(): number
}

/**
 * A clock that can be moved forward. `offsetMs` is how far it has been moved in all: the server stores it, so a
 * restart neither loses the move (past meetings would end in the future) nor replays it.
 */
export interface AdjustableClock extends Clock {
  readonly offsetMs: number
  advance(ms: number): void
  /** Takes back a stored offset (at startup). */
  restoreOffset(ms: number): void
}

export function isAdjustable(clock: Clock): clock is AdjustableClock {
  const c = clock as Partial<AdjustableClock>
  return typeof c.advance === 'function' && typeof c.restoreOffset === 'function'
}

// The instant that code replaying the past runs at, for the async calls it makes.
const replayed = new AsyncLocalStorage<number>()

/**
 * Runs `fn` as of the past instant `at`: every clock read made inside it, in this process, answers `at`. The
 * simulator writes a whole meeting into the recent past this way while the server's own time goes on.
 */
export function runAt<T>(at: number, fn: () => T): T {
  return replayed.run(at, fn)
}

/** Runs `fn` on the server's own time even inside `runAt`: for what really happens now (a row's write time, delivery). */
export function runNow<T>(fn: () => T): T {
  return replayed.exit(fn)
}

export const systemClock: Clock = { now: () => replayed.getStore() ?? Date.now() }

/** A clock that starts at a given instant and moves only when told to. */
export class ManualClock implements AdjustableClock {
  offsetMs = 0
  constructor(private readonly startMs: number = Date.UTC(2026, 0, 5, 9, 0, 0)) {}
  now(): number {
    return replayed.getStore() ?? this.startMs + this.offsetMs
  }
  advance(ms: number): void {
    this.offsetMs += ms
  }
  set(ms: number): void {
    this.offsetMs = ms - this.startMs
  }
  restoreOffset(ms: number): void {
    this.offsetMs = ms
  }
}

/** A clock that follows real time plus an offset the simulator can grow. */
export class OffsetClock implements AdjustableClock {
  offsetMs = 0
  now(): number {
    return replayed.getStore() ?? Date.now() + this.offsetMs
  }
  advance(ms: number): void {
    this.offsetMs += ms
  }
  restoreOffset(ms: number): void {
    this.offsetMs = ms
  }
}
