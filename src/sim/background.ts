import type { Services } from '../services.js'

/** Scenarios still playing in real time after their request was answered; they stop with the server. */
export class BackgroundPlays {
  private running = new Map<Promise<void>, AbortController>()

  constructor(_svc: Services) {}

  /** Runs `play` without waiting for it; `onError` hears of a failure (an abort by `stop` is none). */
  start(play: (signal: AbortSignal) => Promise<unknown>, onError: (err: unknown) => void): void {
    const controller = new AbortController()
    const done: Promise<void> = play(controller.signal)
      .then(
        () => {},
        (err) => {
          if (!controller.signal.aborted) onError(err)
        },
      )
      .finally(() => this.running.delete(done))
    this.running.set(done, controller)
  }

  /** Aborts every play between two steps and waits for them: a meeting stopped this way stays started. */
  async stop(): Promise<void> {
    for (const controller of this.running.values()) controller.abort()
    await Promise.all(this.running.keys())
  }
}
