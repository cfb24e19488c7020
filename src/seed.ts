import type { Kysely } from 'kysely'
import type { Config } from './config.js'
import { AccountService } from './domain/accounts/account.service.js'
import { AppService } from './domain/accounts/app.service.js'
import { allScopes } from './domain/auth/scopes.js'
import { UserService, type User } from './domain/users/user.service.js'
import type { Services } from './services.js'
import { AccountsRepo } from './store/accounts.repo.js'
import { AppsRepo } from './store/apps.repo.js'
import type { Database } from './store/tables.js'
import { UsersRepo } from './store/users.repo.js'
import { SnapshotsRepo } from './store/snapshots.repo.js'

export interface SeedResult {
  accountId: string
  clientId: string
  clientSecret: string
  webhookSecretToken: string
  ownerEmail: string
  created: boolean
}

/**
 * On first start: one paid master account, its owner, and one Server-to-Server OAuth app holding every scope.
 * ZOOM_ACCOUNT_ID / ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET / ZOOM_WEBHOOK_SECRET_TOKEN fix the values. All of it is
 * one transaction: a start refused for a taken email or client id leaves nothing a corrected start would trip on.
 */
export async function ensureSeed(svc: Services, seed: Config['seed']): Promise<SeedResult> {
  // POST /sim/reset returns to the state the last seeding that wrote anything left (a new ZOOM_CLIENT_ID adds an
  // app to an existing database); a database seeded before snapshots existed keeps the state it is started in.
  // Processes starting together take turns: the first seeds and saves, the others find both done.
  const result = await new SnapshotsRepo(svc.db).seed(
    (trx) => seedIn(trx, svc, seed),
    () => svc.clock.now(),
  )
  svc.accounts.forget(result.accountId)
  return result
}

async function seedIn(trx: Kysely<Database>, svc: Services, seed: Config['seed']): Promise<SeedResult> {
  const accounts = new AccountService(new AccountsRepo(trx), svc.clock)
  const apps = new AppService(new AppsRepo(trx), svc.clock)
  const users = new UserService(new UsersRepo(trx), svc)
  let created = false
  let account = seed.accountId ? await accounts.get(seed.accountId) : await new AccountsRepo(trx).firstMaster()
  if (!account) {
    account = await accounts.create({ id: seed.accountId, name: 'Local Zoom Account', plan: 'business' })
    created = true
  }
  // Also mends an account that an earlier, non-transactional seeding left without its owner.
  if (!account.owner_id) {
    const owner = await createOwner(trx, users, account.id, seed.ownerEmail)
    await accounts.update(account.id, { owner_id: owner.id })
    account = { ...account, owner_id: owner.id }
    created = true
  }
  let app = seed.clientId ? await apps.get(seed.clientId) : (await apps.list(account.id))[0]
  if (app && app.account_id !== account.id) {
    throw new Error(
      `ZOOM_CLIENT_ID ${seed.clientId} belongs to account ${app.account_id}; set ZOOM_CLIENT_ID to another id, or ZOOM_ACCOUNT_ID=${app.account_id} to keep that account`,
    )
  }
  if (app) {
    // Operations added since the database was seeded bring new scopes: the seeded app keeps holding all of them.
    const held = new Set(app.scopes.split(' '))
    const missing = allScopes().filter((sc) => !held.has(sc))
    if (missing.length) {
      const scopes = [...held, ...missing].filter(Boolean).sort().join(' ')
      await new AppsRepo(trx).setScopes(app.client_id, scopes)
      app = { ...app, scopes }
    }
  }
  if (!app) {
    app = await apps.create({
      accountId: account.id,
      name: 'Server-to-Server OAuth app',
      scopes: allScopes(),
      createdBy: account.owner_id,
      clientId: seed.clientId,
      clientSecret: seed.clientSecret,
      webhookSecretToken: seed.webhookSecretToken,
    })
    created = true
  }
  const owner = account.owner_id ? await users.byId(account.id, account.owner_id) : undefined
  return {
    accountId: account.id,
    clientId: app.client_id,
    clientSecret: app.client_secret,
    webhookSecretToken: app.webhook_secret_token,
    ownerEmail: owner?.email ?? seed.ownerEmail,
    created,
  }
}

/** Emails are unique across accounts: a taken one names the account holding it, which the seed could reuse. */
async function createOwner(trx: Kysely<Database>, users: UserService, accountId: string, email: string): Promise<User> {
  const holder = await new UsersRepo(trx).accountOfEmail(email)
  if (holder) {
    throw new Error(
      `ZOOM_OWNER_EMAIL ${email} is already used by a user of account ${holder}; set ZOOM_OWNER_EMAIL to another address, or ZOOM_ACCOUNT_ID=${holder} to keep that account`,
    )
  }
  const owner = await users.create(accountId, {
    action: 'custCreate',
    email,
    type: 2,
    first_name: 'Account',
    last_name: 'Owner',
    roleId: '0',
  })
  // The owner can host webinars from the start (a 500-seat licence); users created later hold none.
  const doc = { ...owner.doc, feature: { ...(owner.doc.feature ?? {}), webinar: true, webinar_capacity: 500 } }
  await new UsersRepo(trx).update(accountId, owner.id, { data: JSON.stringify(doc) })
  return { ...owner, doc, data: JSON.stringify(doc) }
}
