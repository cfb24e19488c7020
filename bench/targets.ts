import Fastify from 'fastify'
import { User } from '../src/schemas/users/schemas.js'
import { loadConfig } from '../src/config.js'
import { ensureSeed } from '../src/seed.js'
import { createServer, type Server } from '../src/server.js'
import type { UserData } from '../src/domain/users/user.model.js'
import { digits, zoomId } from '../src/util/ids.js'

/** A running HTTP target the bench talks to. */
export interface Target {
  url: string
  close(): Promise<void>
}

export interface FullTarget extends Target {
  /** The server itself, for measurements made beside its HTTP answers. */
  server: Server
  token: string
  userId: string
  /** Inserts `count` active users into the seeded account, in batched transactions. */
  seedUsers(count: number): Promise<void>
}

// About what GET /users/{userId} returns: ~40 fields.
const FIXED_USER = {
  id: 'KDcuGIm1QgePTO8WbOqwIQ',
  created_at: '2026-01-05T09:00:00Z',
  dept: 'Engineering',
  email: 'jchill@example.com',
  first_name: 'Jill',
  last_name: 'Chill',
  display_name: 'Jill Chill',
  last_client_version: '5.17.11.34827(mac)',
  last_login_time: '2026-01-05T09:00:00Z',
  pmi: 3542471135,
  role_name: 'Admin',
  timezone: 'Asia/Shanghai',
  type: 2,
  use_pmi: false,
  account_id: 'q6gBJVO5TzexKYTb_I2rpg',
  account_number: 10009999,
  cms_user_id: 'KDcuGIm1QgePTO8WbOqwIQ',
  company: 'Jill',
  user_created_at: '2026-01-05T09:00:00Z',
  employee_unique_id: 'HqDyI037Qjili1kNsSIrIg',
  group_ids: [] as string[],
  im_group_ids: [] as string[],
  jid: 'kdcugim1qgepto8wboqwiq@xmpp.zoom.us',
  job_title: 'Product Manager',
  language: 'en-US',
  location: 'Paris',
  login_types: [100],
  manager: 'thill@example.com',
  personal_meeting_url: 'http://127.0.0.1:8080/j/3542471135',
  phone_country: 'US',
  phone_number: '+1 800000000',
  pic_url: 'http://127.0.0.1:8080/p/KDcuGIm1QgePTO8WbOqwIQ',
  plan_united_type: '1',
  pronouns: '3123',
  pronouns_option: 1,
  role_id: '0',
  status: 'active',
  vanity_url: 'http://127.0.0.1:8080/my/jchill',
  verified: 1,
  cluster: 'local',
  zoom_one_type: 16,
}

/** Fastify 5 alone: one GET route, a fixed object serialized through the same response schema as GET /users/{userId}. */
export async function startBare(): Promise<Target> {
  const app = Fastify({ logger: false })
  app.get('/user', { schema: { response: { 200: User } } }, async () => FIXED_USER)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return { url: `http://127.0.0.1:${port}/user`, close: () => app.close() }
}

/** The real server on a SQLite file, seeded, with a real token and user id. */
export async function startFull(dbFile: string): Promise<FullTarget> {
  const config = loadConfig({
    DATABASE_URL: dbFile,
    RATE_LIMITS: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
  } as NodeJS.ProcessEnv)
  const server = await createServer(config)
  const seed = await ensureSeed(server.svc, config.seed)
  await server.app.listen({ host: '127.0.0.1', port: 0 })
  const addr = server.app.server.address()
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  config.publicUrl = origin

  const res = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: 'Basic ' + Buffer.from(`${seed.clientId}:${seed.clientSecret}`).toString('base64'),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: seed.accountId }).toString(),
  })
  if (res.status !== 200) throw new Error(`POST /oauth/token: ${res.status} ${await res.text()}`)
  const token = ((await res.json()) as { access_token: string }).access_token
  const owner = await server.svc.users.byEmail(seed.accountId, seed.ownerEmail)
  if (!owner) throw new Error('seeded owner not found')

  return {
    url: origin,
    server,
    token,
    userId: owner.id,
    seedUsers: (count) => seedUsers(server, seed.accountId, count),
    close: () => server.close(),
  }
}

/** The same columns and document shape as `svc.users.create` (action custCreate), written straight to the table. */
async function seedUsers(server: Server, accountId: string, count: number): Promise<void> {
  const k = server.svc.db.kysely
  const ROWS_PER_INSERT = 500 // 9 columns each: well under SQLite's bound-parameter limit
  const ROWS_PER_TX = 10_000
  const start = Date.now()
  const now = server.svc.clock.now()
  let done = 0
  while (done < count) {
    const txRows = Math.min(ROWS_PER_TX, count - done)
    await k.transaction().execute(async (trx) => {
      for (let off = 0; off < txRows; off += ROWS_PER_INSERT) {
        const rows = []
        for (let i = 0; i < Math.min(ROWS_PER_INSERT, txRows - off); i++) {
          const n = done + off + i
          const id = zoomId()
          const doc: UserData = {
            first_name: 'Bench',
            last_name: `User${n}`,
            display_name: `Bench User${n}`,
            dept: '',
            timezone: '',
            language: 'en-US',
            phone_country: '',
            phone_number: '',
            pmi: digits(10),
            use_pmi: false,
            host_key: String(digits(6)),
            verified: 1,
            login_types: [100],
            created_via: 'custCreate',
            jid: `${id.toLowerCase().replace(/[^a-z0-9]/g, '')}@xmpp.zoom.us`,
          }
          rows.push({
            id,
            account_id: accountId,
            email: `bench.user.${n}@bench.example.com`,
            status: 'active',
            type: 1,
            role_id: '2',
            created_at: now + n,
            data: JSON.stringify(doc),
            settings: '{}',
          })
        }
        await trx.insertInto('users').values(rows).execute()
      }
    })
    done += txRows
    process.stderr.write(
      `  seeded ${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} users (${((Date.now() - start) / 1000).toFixed(1)} s)\n`,
    )
  }
}
