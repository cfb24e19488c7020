import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import type { Json } from './json.js'
import type { TestServer } from './server.js'

export const basic = (id: string, secret: string) => 'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64')

/** A PKCE verifier and its S256 challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export interface OAuthApp {
  clientId: string
  clientSecret: string
  webhookSecretToken: string
}

/** A user- or admin-managed app of the seeded account, made the way `apps create` makes it. */
export async function createOAuthApp(
  t: TestServer,
  type: 'user' | 'admin',
  scopes: string[],
  redirectUri: string,
): Promise<OAuthApp> {
  const app = await t.server.svc.apps.create({
    accountId: t.seed.accountId,
    name: type === 'user' ? 'Notes Helper' : 'Team Scheduler',
    scopes,
    createdBy: null,
    type,
    redirectUris: [redirectUri],
  })
  return { clientId: app.client_id, clientSecret: app.client_secret, webhookSecretToken: app.webhook_secret_token }
}

/** POST /oauth/token (or /oauth/revoke) with the app's Basic credentials and a form body. */
export async function oauthPost(
  t: TestServer,
  app: OAuthApp,
  form: Record<string, string>,
  path = '/oauth/token',
): Promise<{ status: number; body: Json }> {
  const res = await fetch(t.origin + path, {
    method: 'POST',
    headers: {
      authorization: basic(app.clientId, app.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
  })
  return { status: res.status, body: (await res.json()) as Json }
}

/** Asserts an OAuth refusal: status 400 and Zoom's `{reason, error}` body. */
export function oauthRefused(res: { status: number; body: Json }, error: string, reason: string): void {
  assert.equal(res.status, 400, JSON.stringify(res.body))
  assert.deepEqual(res.body, { reason, error })
}
