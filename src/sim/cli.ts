import { requestValidator } from '../http/validation.js'
import type { Command } from 'commander'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { cliApp, withServer } from '../cli-app.js'
import { ZoomError } from '../errors/zoom-error.js'
import { accountActor } from '../domain/actor.js'
import { postScenario, type HttpTarget } from './remote.js'
import { playScenario, progressOf, type Progress, type ScenarioResult } from './runner.js'
import { planScenario, ScenarioSchema, type Scenario } from './scenario.js'

interface SimulateOptions {
  url?: string
  clientId?: string
  clientSecret?: string
  accountId?: string
  json?: boolean
  realtime?: boolean
  speed?: string
  advanceClock?: boolean
}

/** Reads a scenario file (JSON, or YAML by its .yaml/.yml extension) and checks it against the schema. */
export async function loadScenario(file: string): Promise<Scenario> {
  const text = await readFile(file, 'utf8')
  const ext = extname(file).toLowerCase()
  const doc: unknown = ext === '.yaml' || ext === '.yml' ? parseYaml(text) : JSON.parse(text)
  // Checked as POST /sim/scenarios checks its body.
  const validate = requestValidator('body').compile(ScenarioSchema)
  if (!validate(doc)) {
    const lines = (validate.errors ?? []).map((e) => `  ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    throw new Error(`${file} is not a valid scenario:\n${[...new Set(lines)].join('\n')}`)
  }
  return doc as Scenario
}

function printProgress(p: Progress): void {
  const mm = Math.floor(p.offset_minutes)
  const ss = Math.round((p.offset_minutes - mm) * 60)
  const at = `+${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`
  process.stderr.write(`[${String(p.index).padStart(String(p.total).length)}/${p.total}] ${at}  ${p.text}\n`)
}

/** `simulate <scenario>`: plays a scenario against a running server (--url) or directly on the database. */
export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate <scenario>')
    .description(
      'play a meeting or webinar scenario (JSON or YAML) against a running server (--url) or in this process on DATABASE_URL; by default it ends now, in the past, and the clock does not move',
    )
    .option('--url <origin>', 'a running server, e.g. http://127.0.0.1:8080 (default: play in this process)')
    .option('--client-id <id>', 'S2S app client id (default: the seeded app)')
    .option('--client-secret <secret>', 'its client secret')
    .option('--account-id <id>', 'its account id')
    .option('--realtime', 'play it live from now (mode realtime); with --url the server plays it in the background')
    .option('--speed <factor>', 'realtime: this many times faster than wall time (60: a minute per second)')
    .option('--advance-clock', 'move the server clock through the scenario instead (for every account)')
    .option('--json', 'print only the result, as JSON')
    .action(async (file: string, opts: SimulateOptions) => {
      try {
        const scenario = withOptions(await loadScenario(file), opts)
        planScenario(scenario)
        const result = await play(scenario, opts)
        process.stdout.write(JSON.stringify(result, null, 2) + '\n')
      } catch (err) {
        if (err instanceof ZoomError)
          throw new Error(`${err.code} ${err.message}${err.errors ? ' ' + JSON.stringify(err.errors) : ''}`)
        throw err
      }
    })
}

/** The command line's choices override the file's. */
function withOptions(scenario: Scenario, opts: SimulateOptions): Scenario {
  const out = { ...scenario }
  if (opts.realtime) out.mode = 'realtime'
  if (opts.speed !== undefined) {
    const speed = Number(opts.speed)
    if (!(speed > 0 && speed <= 3600)) throw new Error('--speed must be a number above 0, at most 3600')
    out.speed = speed
  }
  if (opts.advanceClock) out.advance_clock = true
  return out
}

async function play(scenario: Scenario, opts: SimulateOptions) {
  const progress = opts.json ? undefined : printProgress
  if (opts.url && opts.clientId && opts.clientSecret && opts.accountId) {
    // Everything needed is given: the database is not opened.
    return playRemote(
      scenario,
      { url: opts.url, clientId: opts.clientId, clientSecret: opts.clientSecret, accountId: opts.accountId },
      progress,
    )
  }
  return withServer(async (server, seed) => {
    if (opts.url) {
      const target: HttpTarget = {
        url: opts.url,
        clientId: opts.clientId ?? seed.clientId,
        clientSecret: opts.clientSecret ?? (opts.clientId ? '' : seed.clientSecret),
        accountId: opts.accountId ?? seed.accountId,
      }
      if (!target.clientSecret) throw new Error('--client-secret is required with --client-id')
      return playRemote(scenario, target, progress)
    }
    const app = await cliApp(server, seed, opts.clientId)
    const account = await server.svc.accounts.get(app.account_id)
    const actor = accountActor({
      accountId: app.account_id,
      clientId: app.client_id,
      userId: app.created_by ?? account?.owner_id ?? null,
      scopes: new Set(app.scopes.split(' ')),
    })
    // A realtime play in this process lasts until the meeting ends, printing each step as it happens.
    return playScenario(server.svc, actor, scenario, progress)
  })
}

/** The server plays it in one call; the progress lines are rebuilt from the result (none for a realtime play, still going). */
async function playRemote(scenario: Scenario, target: HttpTarget, progress?: (p: Progress) => void) {
  const { status, body } = await postScenario(target, scenario)
  if (status === 200 && progress) for (const p of progressOf(scenario, body as unknown as ScenarioResult)) progress(p)
  return body
}
