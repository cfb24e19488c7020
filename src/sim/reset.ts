import { WebhookDeliverer } from '../events/deliverer.js'
import { SERVICES } from '../registry.js'
import type { Services } from '../services.js'
import { SnapshotsRepo, type SnapshotInfo } from '../store/snapshots.repo.js'
import { DailyCounter } from '../util/daily-counter.js'
import { isoSeconds } from '../util/time.js'
import { BackgroundPlays } from './background.js'

interface ForgetsState {
  forgetState(): void
}

function forgets(value: unknown): value is ForgetsState {
  return typeof (value as Partial<ForgetsState> | undefined)?.forgetState === 'function'
}

/**
 * What this process remembers of the rows it read: cached accounts and tokens, rate-limit windows and daily
 * budgets, accounts whose built-in roles were written, receivers' tokens. After a restore none of it holds.
 */
export function forgetProcessState(svc: Services): void {
  svc.rateLimiter.reset()
  for (const member of [svc.accounts, svc.tokens]) if (forgets(member)) member.forgetState()
  for (const ctor of SERVICES) {
    if (!svc.built(ctor)) continue
    const instance: object = svc.use(ctor)
    if (forgets(instance)) instance.forgetState()
    for (const value of Object.values(instance)) if (value instanceof DailyCounter) value.reset()
  }
}

/**
 * Puts the database back as snapshot `name` holds it: meetings playing in the background stop first (their next
 * step would write into the restored world), a webhook delivery pass under way ends before the restore and none
 * starts until it is done (it would post and log events of the old world), and everything the process cached is
 * forgotten afterwards. Other processes on the database see the restore counted in `meta` and forget theirs
 * before their next delivery pass. The server clock stays where it is: time does not run backwards for tokens
 * and links already handed out.
 */
export async function restoreSnapshot(svc: Services, name: string): Promise<boolean> {
  await svc.use(BackgroundPlays).stop()
  const deliverer = svc.use(WebhookDeliverer)
  return deliverer.exclusive(async () => {
    const generation = await new SnapshotsRepo(svc.db).restore(name)
    if (generation === undefined) return false
    forgetProcessState(svc)
    deliverer.restoreSeen(generation)
    return true
  })
}

/** With `keep`, a snapshot of that name already saved (by another process starting beside this one) stays. */
export function takeSnapshot(svc: Services, name: string, opts: { keep?: boolean } = {}): Promise<SnapshotInfo> {
  return new SnapshotsRepo(svc.db).take(name, svc.clock.now(), opts)
}

/** A snapshot as the simulator's operations answer it. */
export function snapshotOut(snapshot: SnapshotInfo): { name: string; taken_at: string; tables: number; rows: number } {
  return { ...snapshot, taken_at: isoSeconds(snapshot.taken_at) }
}
