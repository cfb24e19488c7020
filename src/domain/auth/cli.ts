import type { Command } from 'commander'
import { withServer } from '../../cli-app.js'
import type { AppRow } from '../../store/apps.repo.js'
import { allScopes, defaultAppScopes } from './scopes.js'
import { OAuthService, redirectUris } from './oauth.service.js'

const TYPES = ['s2s', 'user', 'admin'] as const
type Type = (typeof TYPES)[number]

function scopeList(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined
  const known = allScopes()
  const scopes = list.split(/[\s,]+/).filter(Boolean)
  const unknown = scopes.filter((s) => !known.includes(s))
  if (unknown.length) throw new Error(`unknown scopes: ${unknown.join(', ')}`)
  return scopes
}

function show(app: AppRow) {
  return {
    client_id: app.client_id,
    client_secret: app.client_secret,
    account_id: app.account_id,
    name: app.name,
    type: app.app_type,
    status: app.status,
    redirect_uris: redirectUris(app),
    scopes: app.scopes.split(' ').filter(Boolean),
    webhook_secret_token: app.webhook_secret_token,
  }
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** `apps create|list|update|deactivate|activate|delete`: the apps of an account, of every type. */
export function registerAppCommands(program: Command): void {
  const apps = program.command('apps').description('manage Server-to-Server, user-managed and admin-managed apps')

  apps
    .command('create')
    .description('create an app; user and admin apps need at least one --redirect-uri')
    .requiredOption('--type <type>', 's2s, user (user-managed OAuth) or admin (admin-managed OAuth)')
    .option('--account <id>', 'account id (default: the seeded account)')
    .option('--name <name>', 'app name')
    .option(
      '--scopes <list>',
      "space or comma separated scopes (default: all but the simulator's; user-level ones only for --type user)",
    )
    .option('--redirect-uri <url...>', 'an allowed redirect URI (repeatable)')
    .action((opts: { type: string; account?: string; name?: string; scopes?: string; redirectUri?: string[] }) =>
      withServer(async (server, seed) => {
        if (!TYPES.includes(opts.type as Type)) throw new Error(`--type must be one of ${TYPES.join(', ')}`)
        const type = opts.type as Type
        const uris = opts.redirectUri ?? []
        for (const u of uris) new URL(u)
        if (type !== 's2s' && uris.length === 0) throw new Error('an OAuth app needs a --redirect-uri')
        const accountId = opts.account ?? seed.accountId
        const account = await server.svc.accounts.get(accountId)
        if (!account) throw new Error(`no account ${accountId}`)
        const app = await server.svc.apps.create({
          accountId,
          name: opts.name ?? (type === 's2s' ? 'Server-to-Server OAuth app' : `${type}-managed OAuth app`),
          scopes: scopeList(opts.scopes) ?? defaultAppScopes(type),
          createdBy: account.owner_id,
          type,
          redirectUris: uris,
        })
        print(show(app))
      }),
    )

  apps
    .command('list')
    .description("list an account's apps")
    .option('--account <id>', 'account id (default: the seeded account)')
    .action((opts: { account?: string }) =>
      withServer(async (server, seed) => {
        print((await server.svc.apps.list(opts.account ?? seed.accountId)).map(show))
      }),
    )

  apps
    .command('update <clientId>')
    .description("change an app's name, scopes or redirect URIs")
    .option('--name <name>')
    .option('--scopes <list>')
    .option('--redirect-uri <url...>', 'replaces the allowed redirect URIs')
    .action((clientId: string, opts: { name?: string; scopes?: string; redirectUri?: string[] }) =>
      withServer(async (server) => {
        if (!(await server.svc.apps.get(clientId))) throw new Error(`no app with client id ${clientId}`)
        for (const u of opts.redirectUri ?? []) new URL(u)
        await server.svc.apps.update(clientId, {
          name: opts.name,
          scopes: scopeList(opts.scopes),
          redirectUris: opts.redirectUri,
        })
        const app = await server.svc.apps.get(clientId)
        if (app) print(show(app))
      }),
    )

  for (const [name, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    apps
      .command(`${name} <clientId>`)
      .description(active ? 'let an app work again' : 'stop an app: its tokens are refused with 124')
      .action((clientId: string) =>
        withServer(async (server) => {
          if (!(await server.svc.apps.get(clientId))) throw new Error(`no app with client id ${clientId}`)
          await server.svc.use(OAuthService).setActive(clientId, active)
          print({ client_id: clientId, status: active ? 'active' : 'inactive' })
        }),
      )
  }

  apps
    .command('delete <clientId>')
    .description('delete an app with its tokens, codes and installs')
    .action((clientId: string) =>
      withServer(async (server) => {
        if (!(await server.svc.apps.get(clientId))) throw new Error(`no app with client id ${clientId}`)
        await server.svc.use(OAuthService).deleteApp(clientId)
        print({ client_id: clientId, deleted: true })
      }),
    )
}
