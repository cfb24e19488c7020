import type { Command } from 'commander'
import { withServer } from '../cli-app.js'
import { EventTrigger, triggerableEvents } from '../domain/sim-tools/events.js'
import { ZoomError } from '../errors/zoom-error.js'

/** `events` and `trigger <event>`: the webhook events this server sends, and one sent on demand. */
export function registerEventCommands(program: Command): void {
  program
    .command('events')
    .description('list the webhook events that can be subscribed to and triggered')
    .option('--json', 'print them as JSON')
    .action((opts: { json?: boolean }) => {
      const all = triggerableEvents()
      const width = Math.max(...all.map((e) => e.event.length))
      process.stdout.write(
        opts.json
          ? JSON.stringify(all, null, 2) + '\n'
          : all.map((e) => `${e.event.padEnd(width)}  ${e.description}`).join('\n') + '\n',
      )
    })

  program
    .command('trigger <event>')
    .description(
      'emit a webhook event for an account through the outbox; the server running on DATABASE_URL signs and delivers it',
    )
    .option('--account <id>', 'the account (default: the seeded account)')
    .option('--data <json>', 'a JSON object whose fields replace those of the event object')
    .action(async (event: string, opts: { account?: string; data?: string }) => {
      let data: Record<string, unknown> = {}
      if (opts.data !== undefined) {
        const parsed: unknown = JSON.parse(opts.data)
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('--data must be a JSON object')
        data = parsed as Record<string, unknown>
      }
      const sent = await withServer(async (server, seed) => {
        const accountId = opts.account ?? seed.accountId
        if (!(await server.svc.accounts.get(accountId))) throw new Error(`no account ${accountId}`)
        try {
          return await server.svc.use(EventTrigger).trigger(accountId, event, data)
        } catch (err) {
          if (err instanceof ZoomError) throw new Error(`${err.code} ${err.message}`)
          throw err
        }
      })
      process.stdout.write(JSON.stringify(sent, null, 2) + '\n')
    })
}
