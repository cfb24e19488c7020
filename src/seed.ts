import type { Config } from './config.js';
import { allScopes } from './domain/auth/scopes.js';
import type { Services } from './services.js';

export interface SeedResult {
  accountId: string;
  clientId: string;
  clientSecret: string;
  webhookSecretToken: string;
  ownerEmail: string;
  created: boolean;
}

/**
 * On first start: one paid master account, its owner, and one Server-to-Server OAuth app holding every scope.
 * ZOOM_ACCOUNT_ID / ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET / ZOOM_WEBHOOK_SECRET_TOKEN fix the values.
 */
export async function ensureSeed(svc: Services, seed: Config['seed']): Promise<SeedResult> {
  const k = svc.db.kysely;
  let account = seed.accountId ? await svc.accounts.get(seed.accountId) : await k.selectFrom('accounts').selectAll().where('master_account_id', 'is', null).orderBy('seq').limit(1).executeTakeFirst();
  let created = false;
  if (!account) {
    account = await svc.accounts.create({ id: seed.accountId, name: 'Local Zoom Account', plan: 'business' });
    const owner = await svc.users.create(account.id, {
      action: 'custCreate',
      email: seed.ownerEmail,
      type: 2,
      first_name: 'Account',
      last_name: 'Owner',
      roleId: '0',
    });
    await svc.accounts.update(account.id, { owner_id: owner.id });
    account = (await svc.accounts.get(account.id))!;
    created = true;
  }
  let app = seed.clientId ? await svc.apps.get(seed.clientId) : (await svc.apps.list(account.id))[0];
  if (app && app.account_id !== account.id) throw new Error(`ZOOM_CLIENT_ID ${seed.clientId} belongs to another account`);
  if (app) {
    // Operations added since the database was seeded bring new scopes: the seeded app keeps holding all of them.
    const held = new Set(app.scopes.split(' '));
    const missing = allScopes().filter((sc) => !held.has(sc));
    if (missing.length) {
      const scopes = [...held, ...missing].filter(Boolean).sort().join(' ');
      await svc.db.kysely.updateTable('apps').set({ scopes }).where('client_id', '=', app.client_id).execute();
      app = { ...app, scopes };
    }
  }
  if (!app) {
    app = await svc.apps.create({
      accountId: account.id,
      name: 'Server-to-Server OAuth app',
      scopes: allScopes(),
      createdBy: account.owner_id,
      clientId: seed.clientId,
      clientSecret: seed.clientSecret,
      webhookSecretToken: seed.webhookSecretToken,
    });
    created = true;
  }
  const owner = account.owner_id ? await svc.users.byId(account.id, account.owner_id) : undefined;
  return {
    accountId: account.id,
    clientId: app.client_id,
    clientSecret: app.client_secret,
    webhookSecretToken: app.webhook_secret_token,
    ownerEmail: owner?.email ?? seed.ownerEmail,
    created,
  };
}
