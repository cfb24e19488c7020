import { sql, type Kysely } from 'kysely'
import type { Db } from './db.js'
import type { Database } from './tables.js'
import * as m001 from './migrations/001-platform.js'
import * as m002 from './migrations/002-events.js'
import * as m003 from './migrations/003-meetings.js'
import * as m004 from './migrations/004-accounts.js'
import * as m005 from './migrations/005-groups.js'
import * as m006 from './migrations/006-roles.js'
import * as m007 from './migrations/007-im-groups.js'
import * as m008 from './migrations/008-information-barriers.js'
import * as m009 from './migrations/009-tracking-fields.js'
import * as m010 from './migrations/010-webhooks.js'
import * as m011 from './migrations/011-meeting-registrants.js'
import * as m012 from './migrations/012-meeting-polls.js'
import * as m013 from './migrations/013-meeting-instances.js'
import * as m014 from './migrations/014-webhooks.js'
import * as m015 from './migrations/015-meeting-kinds.js'
import * as m016 from './migrations/016-webinar-panelists.js'
import * as m017 from './migrations/017-webinar-branding.js'
import * as m018 from './migrations/018-session-activity.js'
import * as m019 from './migrations/019-tracking-sources.js'
import * as m020 from './migrations/020-h323-devices.js'
import * as m021 from './migrations/021-sip-phones.js'
import * as m022 from './migrations/022-tsp.js'
import * as m023 from './migrations/023-sip-trunks.js'
import * as m024 from './migrations/024-sip-internal-numbers.js'
import * as m025 from './migrations/025-recordings.js'
import * as m026 from './migrations/026-reports.js'
import * as m027 from './migrations/027-participant-feedback.js'
import * as m028 from './migrations/028-zoom-rooms.js'
import * as m029 from './migrations/029-chat-activity.js'
import * as m030 from './migrations/030-oauth-apps.js'
import * as m031 from './migrations/031-sim-tools.js'
import * as m032 from './migrations/032-instance-sessions.js'
import * as m033 from './migrations/033-live-qos.js'
import * as m034 from './migrations/034-join-presence.js'
import * as m035 from './migrations/035-dashboard-order.js'

// Ordered, append-only. Each runs once, in a transaction, recorded in schema_migrations.
const migrations: Array<[string, typeof m001]> = [
  ['001-platform', m001],
  ['002-events', m002],
  ['003-meetings', m003],
  ['004-accounts', m004],
  ['005-groups', m005],
  ['006-roles', m006],
  ['007-im-groups', m007],
  ['008-information-barriers', m008],
  ['009-tracking-fields', m009],
  ['010-webhooks', m010],
  ['011-meeting-registrants', m011],
  ['012-meeting-polls', m012],
  ['013-meeting-instances', m013],
  ['014-webhooks', m014],
  ['015-meeting-kinds', m015],
  ['016-webinar-panelists', m016],
  ['017-webinar-branding', m017],
  ['018-session-activity', m018],
  ['019-tracking-sources', m019],
  ['020-h323-devices', m020],
  ['021-sip-phones', m021],
  ['022-tsp', m022],
  ['023-sip-trunks', m023],
  ['024-sip-internal-numbers', m024],
  ['025-recordings', m025],
  ['026-reports', m026],
  ['027-participant-feedback', m027],
  ['028-zoom-rooms', m028],
  ['029-chat-activity', m029],
  ['030-oauth-apps', m030],
  ['031-sim-tools', m031],
  ['032-instance-sessions', m032],
  ['033-live-qos', m033],
  ['034-join-presence', m034],
  ['035-dashboard-order', m035],
]

export async function migrate(db: Db): Promise<void> {
  const k = db.kysely
  const ledger = sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at bigint NOT NULL)`
  if (db.dialect === 'postgres') {
    // Several server processes may start together against one database: even the ledger's CREATE … IF NOT EXISTS
    // collides when two run it at once, so everything happens under the lock.
    await k.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(4242001)`.execute(trx)
      await ledger.execute(trx)
      await runPending(trx, db)
    })
  } else {
    await k.transaction().execute(async (trx) => {
      await ledger.execute(trx)
      await runPending(trx, db)
    })
  }
}

async function runPending(trx: Kysely<Database>, db: Db): Promise<void> {
  const done = new Set<string>(
    (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx)).rows.map((r) => r.name),
  )
  for (const [name, mod] of migrations) {
    if (done.has(name)) continue
    await mod.up(trx, db.dialect)
    await sql`INSERT INTO schema_migrations (name, applied_at) VALUES (${name}, ${Date.now()})`.execute(trx)
  }
}
