import type { Command } from 'commander'
import { cliApp, withServer } from '../cli-app.js'
import type { Server } from '../server.js'
import { must } from '../util/must.js'
import { presentLog, presentSubscription } from './present.js'
import type { CustomHeader } from './sender.js'
import { WebhookService, type Owner, type SubscriptionScope } from './subscriptions.js'

/** Runs a command for an app (default: the seeded one). */
function withApp<T>(clientId: string | undefined, fn: (server: Server, owner: Owner) => Promise<T>): Promise<T> {
  return withServer(async (server, seed) => {
    const app = await cliApp(server, seed, clientId)
    return fn(server, { accountId: app.account_id, clientId: app.client_id })
  })
}

const out = (v: unknown): void =>
  void process.stdout.write((typeof v === 'string' ? v : JSON.stringify(v, null, 2)) + '\n')

function customHeader(opts: {
  basic?: string
  header?: string
  tokenUrl?: string
  tokenClientId?: string
  tokenClientSecret?: string
}): CustomHeader | undefined {
  if (opts.basic) {
    const i = opts.basic.indexOf(':')
    return {
      custom_header_type: 1,
      username: i < 0 ? opts.basic : opts.basic.slice(0, i),
      password: i < 0 ? '' : opts.basic.slice(i + 1),
    }
  }
  if (opts.header) {
    const i = opts.header.indexOf(':')
    if (i < 0) throw new Error('--header takes "x-name: value"')
    return {
      custom_header_type: 3,
      custom_header_key: opts.header.slice(0, i).trim(),
      custom_header_value: opts.header.slice(i + 1).trim(),
    }
  }
  if (opts.tokenUrl)
    return {
      custom_header_type: 2,
      token_url: opts.tokenUrl,
      client_id: opts.tokenClientId,
      client_secret: opts.tokenClientSecret,
    }
  return undefined
}

/** `webhooks list | add | remove | log`: an app's event subscriptions and delivery log, from the command line. */
export function registerWebhookCommands(program: Command): void {
  const webhooks = program
    .command('webhooks')
    .description("an app's event subscriptions (default: the seeded app): list | add | remove | log")

  webhooks
    .command('list')
    .description('list the event subscriptions with their status')
    .option('--client-id <id>', 'the app (default: the seeded app)')
    .action((opts: { clientId?: string }) =>
      withApp(opts.clientId, async (server, owner) => {
        const page = await server.svc.use(WebhookService).list(owner, { page_size: 300 })
        out(
          page.items.map((s, i) =>
            presentSubscription(s, must(page.subscriberIds[i], 'the subscriber of a listed subscription')),
          ),
        )
      }),
    )

  webhooks
    .command('add')
    .description('subscribe a URL (http://localhost is fine); it must answer the endpoint.url_validation challenge')
    .requiredOption('--url <url>', 'the endpoint URL')
    .requiredOption('--events <list>', 'comma separated event names, e.g. user.created,meeting.created')
    .option('--name <name>', 'subscription name', '')
    .option('--scope <scope>', 'account | master_account | user', 'account')
    .option('--users <ids>', 'comma separated user ids (scope user)')
    .option('--account <id>', "the subscribing account (default: the app's own; or one of its sub accounts)")
    .option('--basic <user:password>', 'send Basic authentication')
    .option('--header <"x-name: value">', 'send one custom x- header')
    .option('--token-url <url>', 'token authentication: client_credentials at this URL, then Bearer')
    .option('--token-client-id <id>')
    .option('--token-client-secret <secret>')
    .option('--client-id <id>', 'the app (default: the seeded app)')
    .action(
      (opts: {
        url: string
        events: string
        name: string
        scope: string
        users?: string
        account?: string
        basic?: string
        header?: string
        tokenUrl?: string
        tokenClientId?: string
        tokenClientSecret?: string
        clientId?: string
      }) =>
        withApp(opts.clientId, async (server, owner) => {
          const sub = await server.svc.use(WebhookService).create(owner, {
            events: opts.events
              .split(',')
              .map((e) => e.trim())
              .filter(Boolean),
            name: opts.name,
            url: opts.url,
            scope: opts.scope as SubscriptionScope,
            userIds: opts.users?.split(','),
            accountId: opts.account,
            customHeader: customHeader(opts),
          })
          out({ event_subscription_id: sub.id })
        }),
    )

  webhooks
    .command('remove <id>')
    .description('delete an event subscription')
    .option('--client-id <id>', 'the app (default: the seeded app)')
    .action((id: string, opts: { clientId?: string }) =>
      withApp(opts.clientId, async (server, owner) => {
        await server.svc.use(WebhookService).remove(owner, id)
        out(`removed ${id}`)
      }),
    )

  webhooks
    .command('log')
    .description('the latest POSTs (events and URL validations), newest first')
    .option('--client-id <id>', 'the app (default: the seeded app)')
    .option('--subscription <id>', 'only this subscription')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'full entries as JSON')
    .action((opts: { clientId?: string; subscription?: string; limit: string; json?: boolean }) =>
      withApp(opts.clientId, async (server, owner) => {
        const page = await server.svc
          .use(WebhookService)
          .logs(owner, owner.clientId, { page_size: Number(opts.limit) || 20, subscriptionId: opts.subscription })
        // A failed attempt also says why: the stored reason is what a status or response body alone cannot tell.
        const entries = page.items.map((l) => ({
          ...presentLog(l),
          ...(Number(l.success) ? {} : { failed_reason: l.error }),
        }))
        if (opts.json) {
          out(entries)
          return
        }
        out(
          entries
            .map((l) => {
              const line = `${l.date_time}  ${String(l.status).padStart(4)}  ${String(l.latency_ms).padStart(5)}ms  retry ${l.retry_num}  ${l.event}  ${l.endpoint}  ${l.response_body.replace(/\s+/g, ' ').slice(0, 80)}`
              return l.failed_reason ? `${line}  failed: ${l.failed_reason}` : line
            })
            .join('\n') || '(no webhook requests yet)',
        )
      }),
    )
}
