import type { TestServer } from './server.js'

/** Another account with an owner and an app of its own; a sub account of the seeded master when `sub`. */
export async function makeAccount(
  t: TestServer,
  opts: { sub?: boolean; plan?: string; scopes?: string[]; name?: string } = {},
) {
  const svc = t.server.svc
  const account = await svc.accounts.create({
    name: opts.name ?? 'Other',
    plan: opts.plan ?? 'business',
    masterAccountId: opts.sub ? t.seed.accountId : null,
  })
  const owner = await svc.users.create(account.id, {
    action: 'custCreate',
    email: `owner-${account.id
      .slice(0, 8)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}@example.net`,
    type: opts.plan === 'free' ? 1 : 2,
    roleId: '0',
  })
  await svc.accounts.update(account.id, { owner_id: owner.id })
  const app = await svc.apps.create({
    accountId: account.id,
    name: 'test app',
    scopes: opts.scopes ?? ['user:read:admin', 'user:write:admin', 'user:master'],
    createdBy: owner.id,
  })
  const token = () => t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: account.id })
  return { account, owner, app, token }
}

/** An app of the seeded account holding only `scopes`. */
export async function tokenWithScopes(t: TestServer, scopes: string[]): Promise<string> {
  const app = await t.server.svc.apps.create({ accountId: t.seed.accountId, name: 'narrow', scopes, createdBy: null })
  return t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: t.seed.accountId })
}
