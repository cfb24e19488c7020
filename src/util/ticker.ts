/**
 * Work a server does every so often, one run at a time: a run waits for the one under way, whether the timer or a
 * caller asked for it, and a run that fails holds up none after it.
 */
export class Ticker {
  private timer?: NodeJS.Timeout
  private chain: Promise<unknown> = Promise.resolve()
  /** Runs queued or under way. */
  private pending = 0

  /** Runs `fn` once the run under way is done; its failure is the caller's. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.pending++
    const p = this.chain.then(fn).finally(() => this.pending--)
    this.chain = p.catch(() => undefined)
    return p
  }

  /**
   * Runs `tick` every `ms` of real time until stopped, without keeping the process alive for it. A tick that comes
   * while a run is queued or under way is skipped, so runs slower than `ms` do not pile up behind one another; a
   * failed tick goes to `onError`.
   */
  start(ms: number, tick: () => Promise<unknown>, onError: (err: unknown) => void): void {
    if (this.timer) return
    this.timer = setInterval(() => {
      if (this.pending > 0) return
      this.run(tick).catch(onError)
    }, ms)
    this.timer.unref()
  }

  /** Stops the timer and waits for the run under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    await this.chain
  }
}
