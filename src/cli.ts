#!/usr/bin/env node
import { Command } from 'commander'
import { loadConfig } from './config.js'
import { coverageReport } from './coverage.js'
import { buildOpenApi } from './docs/openapi.js'
import { operations } from './api/index.js'
import { allScopes, defaultAppScopes } from './domain/auth/scopes.js'
import { ensureSeed } from './seed.js'
import { createServer } from './server.js'
import { withServer } from './cli-app.js'
import { registerWebhookCommands } from './events/cli.js'
import { registerAppCommands } from './domain/auth/cli.js'
import { registerSimulateCommand } from './sim/cli.js'
import { registerEventCommands } from './sim/events-cli.js'
import { restoreSnapshot } from './sim/reset.js'
import { SEED_SNAPSHOT } from './store/snapshots.repo.js'
import { fixturesFailed, readFixtures, seedFixtures } from './sim/fixtures.js'

const program = new Command().name('zoom-api-server').description('A self-hosted Zoom REST API v2 server')

program
  .command('start')
  .description('start the server (PORT, HOST, DATABASE_URL, RATE_LIMITS, ZOOM_* variables configure it)')
  .option('--seed <file>', 'a fixtures file (YAML or JSON) loaded after the built-in seed; /sim/reset returns to it')
  .action(async (opts: { seed?: string }) => {
    const config = loadConfig()
    // A broken fixtures file stops the start before anything is opened.
    const fixtures = opts.seed ? await readFixtures(opts.seed).catch(fixturesFailed(opts.seed)) : undefined
    const server = await createServer(config, { logger: { level: config.logLevel } })
    const seed = await ensureSeed(server.svc, config.seed)
    const loaded = fixtures
      ? await seedFixtures(server.svc, seed, fixtures).catch(async (err: unknown) => {
          await server.close().catch(() => undefined)
          return fixturesFailed(opts.seed ?? '')(err)
        })
      : undefined
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
    if (loaded) process.stdout.write(`Fixtures from ${opts.seed}:\n${JSON.stringify(loaded, null, 2)}\n`)
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
  .option('--scopes <list>', "space or comma separated scopes, classic or granular (default: all but the simulator's)")
  .action((opts: { account?: string; name: string; scopes?: string }) =>
    withServer(async (server, seed) => {
      const accountId = opts.account ?? seed.accountId
      const account = await server.svc.accounts.get(accountId)
      if (!account) throw new Error(`no account ${accountId}`)
      const known = allScopes()
      const scopes = opts.scopes ? opts.scopes.split(/[\s,]+/).filter(Boolean) : defaultAppScopes('s2s')
      const unknown = scopes.filter((s) => !known.includes(s))
      if (unknown.length) throw new Error(`unknown scopes: ${unknown.join(', ')}`)
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
  .command('reset')
  .description(
    'put the database back to its seeded state (with --url: through the running server, which also forgets its caches)',
  )
  .option('--url <origin>', 'a running server on this database, e.g. http://127.0.0.1:8080')
  .action((opts: { url?: string }) =>
    withServer(async (server, seed) => {
      if (!opts.url) {
        if (!(await restoreSnapshot(server.svc, SEED_SNAPSHOT))) throw new Error('no seeded state is stored')
        process.stdout.write('reset to the seeded state\n')
        return
      }
      const origin = opts.url.replace(/\/+$/, '')
      const { access_token } = await server.svc.tokens.issueAccountCredentials(
        seed.clientId,
        seed.clientSecret,
        seed.accountId,
      )
      const res = await fetch(`${origin}/sim/reset`, {
        method: 'POST',
        headers: { authorization: `Bearer ${access_token}` },
      })
      process.stdout.write(`${res.status} ${await res.text()}\n`)
      if (!res.ok) process.exitCode = 1
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
registerAppCommands(program)
registerSimulateCommand(program)
registerEventCommands(program)

program.parseAsync(process.argv).catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
