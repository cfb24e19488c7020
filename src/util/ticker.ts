/**
 * Work a server does every so often, one run at a time: a run waits for the one under way, whether the timer or a
 * caller asked for it, and a run that fails holds up none after it.
 */
export class Ticker {
  private timer?: NodeJS.Timeout
  private chain: Promise<unknown> = Promise.resolve()

  /** Runs `fn` once the run under way is done; its failure is the caller's. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn)
    this.chain = p.catch(() => undefined)
    return p
  }

  /** Calls `tick` every `ms` of real time until stopped, without keeping the process alive for it. */
  start(ms: number, tick: () => void): void {
    if (this.timer) return
    this.timer = setInterval(tick, ms)
    this.timer.unref()
  }

  /** Stops the timer and waits for the run under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    await this.chain
  }
}
