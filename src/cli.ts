#!/usr/bin/env node
import { Command } from 'commander'
import { loadConfig } from './config.js'
import { coverageReport } from './coverage.js'
import { buildOpenApi } from './docs/openapi.js'
import { operations } from './api/index.js'
import { allScopes } from './domain/auth/scopes.js'
import { ensureSeed } from './seed.js'
import { createServer } from './server.js'
import { withServer } from './cli-app.js'
import { registerWebhookCommands } from './events/cli.js'
import { registerSimulateCommand } from './sim/cli.js'

const program = new Command().name('zoom-api-server').description('A self-hosted Zoom REST API v2 server')

program
  .command('start')
  .description('start the server (PORT, HOST, DATABASE_URL, RATE_LIMITS, ZOOM_* variables configure it)')
  .action(async () => {
    const config = loadConfig()
    const server = await createServer(config, { logger: { level: config.logLevel } })
    const seed = await ensureSeed(server.svc, config.seed)
    await server.app.listen({ host: config.host, port: config.port })
    const address = server.app.server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const origin = `http://${config.host}:${port}`
    if (!process.env.PUBLIC_URL) config.publicUrl = origin
    server.app.log.info({ accountId: seed.accountId, clientId: seed.clientId, seeded: seed.created }, 'server ready')
    process.stdout.write(
      [
        '',
        `Zoom API server listening on ${origin}  (API ${origin}/v2, docs ${origin}/docs)`,
        `Database: ${config.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
        '',
        `  Account ID:           ${seed.accountId}`,
        `  Client ID:            ${seed.clientId}`,
        `  Client secret:        ${seed.clientSecret}`,
        `  Webhook secret token: ${seed.webhookSecretToken}`,
        `  Owner:                ${seed.ownerEmail}`,
        '',
        `  curl -u ${seed.clientId}:${seed.clientSecret} -d grant_type=account_credentials -d account_id=${seed.accountId} ${origin}/oauth/token`,
        '',
      ].join('\n') + '\n',
    )
    const stop = async () => {
      await server.close()
      process.exit(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })

program
  .command('app')
  .description('create another Server-to-Server OAuth app on an account, with chosen scopes')
  .option('--account <id>', 'account id (default: the seeded account)')
  .option('--name <name>', 'app name', 'Server-to-Server OAuth app')
  .option('--scopes <list>', 'space or comma separated scopes (default: all)')
  .action((opts: { account?: string; name: string; scopes?: string }) =>
    withServer(async (server, seed) => {
      const accountId = opts.account ?? seed.accountId
      const account = await server.svc.accounts.get(accountId)
      if (!account) throw new Error(`no account ${accountId}`)
      const scopes = opts.scopes ? opts.scopes.split(/[\s,]+/).filter(Boolean) : allScopes()
      const app = await server.svc.apps.create({ accountId, name: opts.name, scopes, createdBy: account.owner_id })
      process.stdout.write(
        JSON.stringify(
          {
            account_id: accountId,
            client_id: app.client_id,
            client_secret: app.client_secret,
            scopes: app.scopes.split(' '),
          },
          null,
          2,
        ) + '\n',
      )
    }),
  )

program
  .command('token')
  .description('print an access token for the seeded app (or --client-id/--client-secret)')
  .option('--client-id <id>')
  .option('--client-secret <secret>')
  .action((opts: { clientId?: string; clientSecret?: string }) =>
    withServer(async (server, seed) => {
      const app = await server.svc.apps.get(opts.clientId ?? seed.clientId)
      if (!app) throw new Error('no such app')
      const token = await server.svc.tokens.issueAccountCredentials(
        app.client_id,
        opts.clientSecret ?? app.client_secret,
        app.account_id,
      )
      process.stdout.write(JSON.stringify(token, null, 2) + '\n')
    }),
  )

program
  .command('coverage')
  .description('implemented operations against the catalog, per group')
  .option('-v, --verbose', 'list the missing operations')
  .action((opts: { verbose?: boolean }) => {
    process.stdout.write(coverageReport(!!opts.verbose) + '\n')
  })

program
  .command('openapi')
  .description('print the OpenAPI document (with --lang: the descriptions in that language, as /openapi.json)')
  .option('--lang <lang>', 'en or zh')
  .action((opts: { lang?: string }) => {
    const lang = opts.lang === 'zh' || opts.lang === 'en' ? opts.lang : undefined
    process.stdout.write(JSON.stringify(buildOpenApi(operations, { lang }), null, 2) + '\n')
  })

registerWebhookCommands(program)
registerSimulateCommand(program)

program.parseAsync(process.argv).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
