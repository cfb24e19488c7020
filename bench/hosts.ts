import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Command, Request, Response } from './child.js'
import { startBare, startFull, type FullTarget, type Target } from './targets.js'

/** Where a target runs: a child process (default) or this process (BENCH_INPROCESS=1). */
export interface Host {
  call<T = unknown>(c: Command): Promise<T>
  stop(): Promise<void>
}

export function childHost(): Host {
  const child: ChildProcess = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let next = 0
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  child.on('message', (msg: Response) => {
    const p = pending.get(msg.id)
    if (!p) return
    pending.delete(msg.id)
    if (msg.ok) p.resolve(msg.value)
    else p.reject(new Error(`bench target: ${msg.error}`))
  })
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`bench target exited with ${code}`))
    pending.clear()
  })
  return {
    call<T>(c: Command): Promise<T> {
      const id = ++next
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        child.send({ id, ...c } satisfies Request)
      })
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.disconnect()
      await exited
    },
  }
}

export function inProcessHost(): Host {
  let target: Target | FullTarget | undefined
  return {
    async call<T>(c: Command): Promise<T> {
      switch (c.cmd) {
        case 'bare':
          target = await startBare()
          return { url: target.url } as T
        case 'full': {
          const t = await startFull(c.dbFile)
          target = t
          return { url: t.url, token: t.token, userId: t.userId } as T
        }
        case 'seed':
          await (target as FullTarget).seedUsers(c.count)
          return undefined as T
        case 'close':
          await target?.close()
          target = undefined
          return undefined as T
      }
    },
    async stop() {},
  }
}
