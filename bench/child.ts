// A bench target in its own process, driven over IPC, so the load generator does not share its event loop.
import { startBare, startFull, type FullTarget, type Target } from './targets.js'

export type Command =
  { cmd: 'bare' } | { cmd: 'full'; dbFile: string } | { cmd: 'seed'; count: number } | { cmd: 'close' }
export type Request = { id: number } & Command
export type Response = { id: number; ok: true; value?: unknown } | { id: number; ok: false; error: string }

let target: Target | FullTarget | undefined

async function run(c: Command): Promise<unknown> {
  switch (c.cmd) {
    case 'bare':
      target = await startBare()
      return { url: target.url }
    case 'full': {
      const t = await startFull(c.dbFile)
      target = t
      return { url: t.url, token: t.token, userId: t.userId }
    }
    case 'seed':
      if (!target || !('seedUsers' in target)) throw new Error('seed needs the full target')
      await target.seedUsers(c.count)
      return undefined
    case 'close':
      await target?.close()
      target = undefined
      return undefined
  }
}

function reply(response: Response): void {
  if (!process.send) throw new Error('bench/child.ts runs only as a forked child, with an IPC channel')
  process.send(response)
}

process.on('message', (msg: Request) => {
  run(msg).then(
    (value) => reply({ id: msg.id, ok: true, value }),
    (err: unknown) =>
      reply({
        id: msg.id,
        ok: false,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
  )
})
process.on('disconnect', () => process.exit(0))
