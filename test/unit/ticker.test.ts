import assert from 'node:assert/strict'
import { setImmediate as settled } from 'node:timers/promises'
import { afterEach, beforeEach, describe, it, mock } from 'node:test'
import { Ticker } from '../../src/util/ticker.js'

// The interval is mocked; setImmediate is not, so awaiting it lets the promises of a run settle.

describe('ticker', () => {
  let ticker: Ticker
  // Failures of ticks in the tests that expect none.
  let unexpected: unknown[] = []
  const collect = (err: unknown) => void unexpected.push(err)

  beforeEach(() => {
    unexpected = []
    mock.timers.enable({ apis: ['setInterval'] })
    ticker = new Ticker()
  })

  afterEach(async () => {
    mock.timers.reset()
    await ticker.stop()
    assert.deepEqual(unexpected, [])
  })

  it('skips the ticks that come while a slow run is still going, then runs again', async () => {
    let calls = 0
    let finish = () => {}
    ticker.start(
      1000,
      () => {
        calls++
        return new Promise<void>((resolve) => (finish = resolve))
      },
      collect,
    )
    for (let i = 0; i < 5; i++) {
      mock.timers.tick(1000)
      await settled()
    }
    assert.equal(calls, 1)
    finish()
    await settled()
    mock.timers.tick(1000)
    await settled()
    assert.equal(calls, 2)
    finish()
  })

  it('a tick skips while a caller’s run is under way', async () => {
    let ticks = 0
    ticker.start(1000, async () => void ticks++, collect)
    let finish = () => {}
    const run = ticker.run(() => new Promise<void>((resolve) => (finish = resolve)))
    mock.timers.tick(1000)
    await settled()
    assert.equal(ticks, 0)
    finish()
    await run
    mock.timers.tick(1000)
    await settled()
    assert.equal(ticks, 1)
  })

  it('a failed tick goes to onError and holds up none after it', async () => {
    const errors: unknown[] = []
    let calls = 0
    ticker.start(
      1000,
      async () => {
        calls++
        throw new Error(`run ${calls} failed`)
      },
      (err) => errors.push(err),
    )
    mock.timers.tick(1000)
    await settled()
    mock.timers.tick(1000)
    await settled()
    assert.equal(calls, 2)
    assert.deepEqual(
      errors.map((e) => (e as Error).message),
      ['run 1 failed', 'run 2 failed'],
    )
  })
})
