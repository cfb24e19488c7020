import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { OAuthService } from '../../src/domain/auth/oauth.service.js'
import { hash, sameSecret } from '../../src/domain/auth/token.service.js'
import { OAuthRepo } from '../../src/store/oauth.repo.js'
import { TokensRepo } from '../../src/store/tokens.repo.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { items, must, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { basic, createOAuthApp, oauthPost, oauthRefused, pkce, type OAuthApp } from '../helpers/oauth.js'
import type { TestServer } from '../helpers/server.js'

const CALLBACK = 'https://app.example.com/zoom/callback'
const DAY = 24 * 3600 * 1000

describe('OAuth user and admin apps', () => {
  let t: TestServer
  let s2s: string
  let ownerId: string
  let ownerEmail: string
  let memberId: string
  let memberEmail: string
  let memberMeeting: number
  let userApp: OAuthApp

  before(async () => {
    ;({ t, token: s2s, ownerId } = await startWithOwner())
    ownerEmail = str((await t.call('GET', '/v2/users/me', { token: s2s })).body.email)
    memberEmail = `member-${Date.now()}@example.com`
    memberId = await addUser(t, s2s, memberEmail)
    memberMeeting = await createMeeting(
      t,
      s2s,
      { topic: 'Member standup', type: 2, start_time: '2027-12-01T10:00:00Z', duration: 30 },
      memberId,
    )
    userApp = await createOAuthApp(t, 'user', ['meeting:read', 'meeting:write', 'user:read'], CALLBACK)
  })
  after(() => t.close())

  /** The owner's Server-to-Server token, fetched again since the clock may have run past the first one. */
  const admin = async () => {
    const s2sApp = { clientId: t.seed.clientId, clientSecret: t.seed.clientSecret, webhookSecretToken: '' }
    const res = await oauthPost(t, s2sApp, { grant_type: 'account_credentials', account_id: t.seed.accountId })
    return str(res.body.access_token)
  }

  const authorizeQuery = (app: OAuthApp, extra: Record<string, string> = {}) =>
    new URLSearchParams({ response_type: 'code', client_id: app.clientId, redirect_uri: CALLBACK, ...extra })

  /** Posts the consent form as the browser would, returning the redirect it answers with. */
  const consent = async (app: OAuthApp, email: string, extra: Record<string, string> = {}, decision = 'allow') => {
    const form = authorizeQuery(app, { state: 'st-1', ...extra })
    form.set('email', email)
    form.set('decision', decision)
    const res = await fetch(`${t.origin}/oauth/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    })
    return { status: res.status, location: res.headers.get('location'), text: await res.text() }
  }

  const codeFor = async (app: OAuthApp, email: string, extra: Record<string, string> = {}) => {
    const res = await consent(app, email, extra)
    assert.equal(res.status, 302, res.text)
    const url = new URL(must(res.location))
    assert.equal(url.origin + url.pathname, CALLBACK)
    assert.equal(url.searchParams.get('state'), 'st-1')
    return must(url.searchParams.get('code'))
  }

  const install = async (app: OAuthApp, email: string) => {
    const { verifier, challenge } = pkce()
    const code = await codeFor(app, email, { code_challenge: challenge, code_challenge_method: 'S256' })
    const res = await oauthPost(t, app, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return { access: str(res.body.access_token), refresh: str(res.body.refresh_token), body: res.body }
  }

  it('shows a consent page with the app name and scopes, and redirects with code and state', async () => {
    const page = await fetch(`${t.origin}/oauth/authorize?${authorizeQuery(userApp, { state: 'st-1' })}`)
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type') ?? '', /text\/html/)
    const html = await page.text()
    assert.match(html, /Notes Helper/)
    assert.match(html, /meeting:read/)
    assert.match(html, /name="state" value="st-1"/)

    const { access, refresh, body } = await install(userApp, ownerEmail)
    assert.equal(body.token_type, 'bearer')
    assert.equal(body.expires_in, 3600)
    assert.equal(body.scope, 'meeting:read meeting:write user:read')
    assert.equal(body.api_url, t.origin)
    assert.notEqual(access, refresh)
    const me = await t.call('GET', '/v2/users/me', { token: access })
    assert.equal(me.status, 200)
    assert.equal(me.body.id, ownerId)
  })

  it('refuses bad clients and redirect URIs on the page itself, and a denial goes back as access_denied', async () => {
    let page = await fetch(`${t.origin}/oauth/authorize?${authorizeQuery({ ...userApp, clientId: 'nobody' })}`)
    assert.equal(page.status, 400)
    assert.match(await page.text(), /Invalid client_id: nobody \(4,702\)/)
    const wrongUri = authorizeQuery(userApp)
    wrongUri.set('redirect_uri', 'https://evil.example.com/cb')
    page = await fetch(`${t.origin}/oauth/authorize?${wrongUri}`)
    assert.equal(page.status, 400)
    assert.match(await page.text(), /Invalid redirect: https:\/\/evil\.example\.com\/cb \(4,709\)/)
    // A Server-to-Server app has no consent page.
    page = await fetch(`${t.origin}/oauth/authorize?${authorizeQuery({ ...userApp, clientId: t.seed.clientId })}`)
    assert.equal(page.status, 400)

    const denied = await consent(userApp, ownerEmail, {}, 'deny')
    assert.equal(denied.status, 302)
    const url = new URL(must(denied.location))
    assert.equal(url.searchParams.get('error'), 'access_denied')
    assert.equal(url.searchParams.get('state'), 'st-1')
    assert.equal(url.searchParams.get('code'), null)

    const stranger = await consent(userApp, 'nobody@example.com')
    assert.equal(stranger.status, 400)
    assert.match(stranger.text, /No active user with the email nobody@example\.com/)
  })

  it('checks the code: single use, five minutes, its redirect URI and its PKCE verifier', async () => {
    const exchange = (form: Record<string, string>, app = userApp) =>
      oauthPost(t, app, { grant_type: 'authorization_code', redirect_uri: CALLBACK, ...form })
    const { verifier, challenge } = pkce()
    const pkceParams = { code_challenge: challenge, code_challenge_method: 'S256' }

    let code = await codeFor(userApp, ownerEmail, pkceParams)
    oauthRefused(
      await exchange({ code, code_verifier: 'not-the-verifier' }),
      'invalid_request',
      'Invalid code_verifier',
    )
    // A refused exchange still used the code up.
    oauthRefused(
      await exchange({ code, code_verifier: verifier }),
      'invalid_request',
      `Invalid authorization code ${code}`,
    )

    code = await codeFor(userApp, ownerEmail, pkceParams)
    oauthRefused(await exchange({ code }), 'invalid_request', 'Missing code_verifier')

    code = await codeFor(userApp, ownerEmail)
    oauthRefused(
      await exchange({ code, redirect_uri: 'https://app.example.com/other' }),
      'invalid_request',
      'Redirect URI mismatch.',
    )

    code = await codeFor(userApp, ownerEmail)
    t.clock.advance(5 * 60 * 1000)
    oauthRefused(await exchange({ code }), 'invalid_request', `Invalid authorization code ${code}`)

    code = await codeFor(userApp, ownerEmail)
    assert.equal((await exchange({ code })).status, 200)
    oauthRefused(await exchange({ code }), 'invalid_request', `Invalid authorization code ${code}`)

    oauthRefused(await exchange({}), 'invalid_request', 'Missing code')
    oauthRefused(
      await exchange({ code: 'x' }, { ...userApp, clientSecret: 'wrong' }),
      'invalid_client',
      'Invalid client_id or client_secret',
    )
    const s2sApp = { clientId: t.seed.clientId, clientSecret: t.seed.clientSecret, webhookSecretToken: '' }
    oauthRefused(await exchange({ code: 'x' }, s2sApp), 'unsupported_grant_type', 'unsupported grant type')
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'password' }),
      'unsupported_grant_type',
      'unsupported grant type',
    )
    const bare = await fetch(`${t.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code&code=x',
    })
    oauthRefused(
      { status: bare.status, body: (await bare.json()) as Json },
      'invalid_client',
      'Client ID or client secret is missing.',
    )
  })

  it("answers Zoom's numbered token refusals with its {reason, error} bodies, for every grant", async () => {
    const post = (form: Record<string, string>, headers: Record<string, string> = {}, path = '/oauth/token') =>
      fetch(t.origin + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(form).toString(),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as Json }))
    const s2sApp = { clientId: t.seed.clientId, clientSecret: t.seed.clientSecret, webhookSecretToken: '' }
    const grants: Record<string, string>[] = [
      { grant_type: 'authorization_code', code: 'x', redirect_uri: CALLBACK },
      { grant_type: 'refresh_token', refresh_token: 'x' },
      { grant_type: 'account_credentials', account_id: t.seed.accountId },
    ]
    for (const form of grants) {
      // 4706: no credentials at all, or a client_id without its secret.
      oauthRefused(await post(form), 'invalid_client', 'Client ID or client secret is missing.')
      oauthRefused(
        await post({ ...form, client_id: userApp.clientId }),
        'invalid_client',
        'Client ID or client secret is missing.',
      )
      // 4702 / 4704: an unknown client, a wrong secret, and a client_id beside Basic naming another app.
      for (const app of [
        { ...userApp, clientId: 'nobody' },
        { ...userApp, clientSecret: 'wrong' },
      ])
        oauthRefused(await oauthPost(t, app, form), 'invalid_client', 'Invalid client_id or client_secret')
      oauthRefused(
        await oauthPost(t, userApp, { ...form, client_id: s2sApp.clientId }),
        'invalid_client',
        'Client ID does not match authenticated client.',
      )
      // 4705: the grant belongs to the other kind of app.
      const other = form.grant_type === 'account_credentials' ? userApp : s2sApp
      oauthRefused(await oauthPost(t, other, form), 'unsupported_grant_type', 'unsupported grant type')
    }
    // 4706: no grant type.
    oauthRefused(await oauthPost(t, userApp, { code: 'x' }), 'invalid_request', 'Missing grant type.')
    // 4705: a grant this endpoint does not know.
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'client_credentials' }),
      'unsupported_grant_type',
      'unsupported grant type',
    )

    // Credentials may come as parameters too, on the token endpoint and on revoke.
    const byParams = { client_id: userApp.clientId, client_secret: userApp.clientSecret }
    const code = await codeFor(userApp, ownerEmail)
    // 4709: a redirect_uri left out is a mismatch too.
    oauthRefused(
      await post({ grant_type: 'authorization_code', code, ...byParams }),
      'invalid_request',
      'Redirect URI mismatch.',
    )
    const { access } = await install(userApp, ownerEmail)
    oauthRefused(
      await post({ token: access }, {}, '/oauth/revoke'),
      'invalid_client',
      'Client ID or client secret is missing.',
    )
    const revoked = await post({ token: access, ...byParams }, {}, '/oauth/revoke')
    assert.deepEqual(revoked, { status: 200, body: { status: 'success' } })

    // The consent page numbers its refusals: 4702 for the client, 4709 for a redirect URI missing or unknown.
    const noRedirect = authorizeQuery(userApp)
    noRedirect.delete('redirect_uri')
    const page = await fetch(`${t.origin}/oauth/authorize?${noRedirect}`)
    assert.equal(page.status, 400)
    assert.match(await page.text(), /Invalid redirect: +\(4,709\)/)
  })

  it('rotates refresh tokens; an old one is refused, and they last ninety days', async () => {
    const first = await install(userApp, ownerEmail)
    const next = await oauthPost(t, userApp, { grant_type: 'refresh_token', refresh_token: first.refresh })
    assert.equal(next.status, 200, JSON.stringify(next.body))
    const refresh2 = str(next.body.refresh_token)
    assert.notEqual(refresh2, first.refresh)
    assert.equal((await t.call('GET', '/v2/users/me', { token: str(next.body.access_token) })).status, 200)
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'refresh_token', refresh_token: first.refresh }),
      'invalid_request',
      'Invalid Token!',
    )
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'refresh_token' }),
      'invalid_request',
      'Missing refresh_token',
    )

    t.clock.advance(90 * DAY)
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'refresh_token', refresh_token: refresh2 }),
      'invalid_request',
      'Invalid Token!',
    )
  })

  it('refuses a refresh once the app lost a scope the install holds (4711)', async () => {
    const app = await createOAuthApp(t, 'user', ['meeting:read', 'user:read'], CALLBACK)
    const { refresh } = await install(app, ownerEmail)
    await t.server.svc.apps.update(app.clientId, { scopes: ['user:read'] })
    oauthRefused(
      await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh }),
      'invalid_request',
      'Refresh token invalid.',
    )
  })

  it('revoke uninstalls: the tokens stop at once and app_deauthorized is emitted', async () => {
    const { access, refresh } = await install(userApp, ownerEmail)
    const res = await oauthPost(t, userApp, { token: access }, '/oauth/revoke')
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, { status: 'success' })
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
    oauthRefused(
      await oauthPost(t, userApp, { grant_type: 'refresh_token', refresh_token: refresh }),
      'invalid_request',
      'Invalid Token!',
    )
    oauthRefused(await oauthPost(t, userApp, { token: access }, '/oauth/revoke'), 'invalid_request', 'Invalid Token!')

    const event = must((await outboxEvents(t, 'app_deauthorized')).at(-1))
    assert.equal(event.payload.account_id, t.seed.accountId)
    assert.equal(event.payload.client_id, userApp.clientId)
    assert.equal(event.payload.user_id, ownerId)
    assert.equal(event.payload.deauthorization_time, new Date(t.clock.now()).toISOString())
  })

  it('a deactivated or deleted app: its tokens answer 124 at once and it cannot refresh', async () => {
    const app = await createOAuthApp(t, 'user', ['user:read'], CALLBACK)
    const { access, refresh } = await install(app, ownerEmail)
    assert.equal((await t.call('GET', '/v2/users/me', { token: access })).status, 200)
    const oauth = t.server.svc.use(OAuthService)
    await oauth.setActive(app.clientId, false)
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
    oauthRefused(
      await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh }),
      'invalid_client',
      'The app has been disabled',
    )
    await oauth.setActive(app.clientId, true)
    assert.equal((await t.call('GET', '/v2/users/me', { token: access })).status, 200)
    await oauth.deleteApp(app.clientId)
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
  })

  it("a user-managed token acts for its user only; an admin-managed one reaches the account's users", async () => {
    // Even holding :admin scopes, a user-managed install cannot reach past its user.
    const wide = await createOAuthApp(t, 'user', ['meeting:read', 'meeting:read:admin'], CALLBACK)
    const user = await install(wide, ownerEmail)
    refused(await t.call('GET', `/v2/users/${memberId}/meetings`, { token: user.access }), 400, 200)
    refused(await t.call('GET', `/v2/meetings/${memberMeeting}`, { token: user.access }), 404, 3001)
    assert.equal((await t.call('GET', '/v2/users/me/meetings', { token: user.access })).status, 200)

    const memberToken = (await install(wide, memberEmail)).access
    const mine = await t.call('GET', '/v2/users/me/meetings', { token: memberToken })
    assert.deepEqual(
      items(mine.body.meetings).map((m) => m.id),
      [memberMeeting],
    )

    const adminApp = await createOAuthApp(t, 'admin', ['meeting:read:admin', 'user:read:admin'], CALLBACK)
    // Only an owner or admin may install an admin-managed app.
    const member = await consent(adminApp, memberEmail)
    assert.equal(member.status, 400)
    assert.match(member.text, /Only an account owner or admin/)
    const admin = await install(adminApp, ownerEmail)
    const theirs = await t.call('GET', `/v2/users/${memberId}/meetings`, { token: admin.access })
    assert.equal(theirs.status, 200)
    assert.deepEqual(
      items(theirs.body.meetings).map((m) => m.id),
      [memberMeeting],
    )
    assert.equal((await t.call('GET', `/v2/meetings/${memberMeeting}`, { token: admin.access })).status, 200)
  })

  it('a member installing a user-managed app gets its user-level scopes only; an owner gets them all', async () => {
    const wide = [
      'meeting:read',
      'meeting:read:admin',
      'user:read:admin',
      'account:read:admin',
      'simulator:write:admin',
    ]
    const app = await createOAuthApp(t, 'user', wide, CALLBACK)
    const member = await install(app, memberEmail)
    assert.equal(member.body.scope, 'meeting:read')
    refused(await t.call('GET', '/v2/users', { token: member.access }), 401, 4711)
    refused(await t.call('GET', '/v2/accounts/me/settings', { token: member.access }), 401, 4711)
    refused(await t.call('POST', '/sim/reset', { token: member.access }), 401, 4711)
    assert.equal((await t.call('GET', '/v2/users/me/meetings', { token: member.access })).status, 200)
    // A refresh keeps to what was granted.
    const next = await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: member.refresh })
    assert.equal(next.body.scope, 'meeting:read')

    const owner = await install(app, ownerEmail)
    assert.equal(owner.body.scope, [...wide].sort().join(' '))

    // An app holding nothing a member may have cannot be installed by one.
    const adminOnly = await createOAuthApp(t, 'user', ['user:read:admin'], CALLBACK)
    const page = await consent(adminOnly, memberEmail)
    assert.equal(page.status, 400)
    assert.match(page.text, /only has scopes that need an account owner or admin/)
  })

  it('an admin who installed a user-managed app keeps only its user-level scopes once no longer an admin', async () => {
    const email = `admin-${Date.now()}@example.com`
    const adminId = await addUser(t, await admin(), email)
    await t.server.svc.users.repo.update(t.seed.accountId, adminId, { role_id: '1' })
    const app = await createOAuthApp(t, 'user', ['meeting:read', 'user:read:admin'], CALLBACK)
    const { refresh, body } = await install(app, email)
    assert.equal(body.scope, 'meeting:read user:read:admin')
    await t.server.svc.users.repo.update(t.seed.accountId, adminId, { role_id: '2' })
    const next = await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh })
    assert.equal(next.body.scope, 'meeting:read')
  })

  it('deactivating a user ends its installs: tokens answer 124, refresh and pending codes are refused', async () => {
    const email = `leaver-${Date.now()}@example.com`
    const userId = await addUser(t, await admin(), email)
    const app = await createOAuthApp(t, 'user', ['user:read'], CALLBACK)
    const { access, refresh } = await install(app, email)
    const code = await codeFor(app, email)
    assert.equal((await t.call('GET', '/v2/users/me', { token: access })).status, 200)
    const off = await t.call('PUT', `/v2/users/${userId}/status`, {
      token: await admin(),
      body: { action: 'deactivate' },
    })
    assert.equal(off.status, 204)
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
    oauthRefused(
      await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh }),
      'invalid_request',
      'Invalid Token!',
    )
    oauthRefused(
      await oauthPost(t, app, { grant_type: 'authorization_code', code, redirect_uri: CALLBACK }),
      'invalid_request',
      `Invalid authorization code ${code}`,
    )
    // Activating the user again does not bring the install back.
    const on = await t.call('PUT', `/v2/users/${userId}/status`, { token: await admin(), body: { action: 'activate' } })
    assert.equal(on.status, 204)
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
  })

  it('deleting a user ends its installs', async () => {
    const email = `gone-${Date.now()}@example.com`
    const userId = await addUser(t, await admin(), email)
    const app = await createOAuthApp(t, 'user', ['user:read'], CALLBACK)
    const { access, refresh } = await install(app, email)
    assert.equal((await t.call('GET', '/v2/users/me', { token: access })).status, 200)
    assert.equal((await t.call('DELETE', `/v2/users/${userId}?action=delete`, { token: await admin() })).status, 204)
    refused(await t.call('GET', '/v2/users/me', { token: access }), 401, 124)
    oauthRefused(
      await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh }),
      'invalid_request',
      'Invalid Token!',
    )
  })

  it('no token outlives a revoke: racing refreshes either fail or hand out tokens that are already dead', async () => {
    const app = await createOAuthApp(t, 'user', ['user:read'], CALLBACK)
    const { access, refresh } = await install(app, ownerEmail)
    const [next] = await Promise.all([
      oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: refresh }),
      oauthPost(t, app, { token: access }, '/oauth/revoke'),
    ])
    if (next.status === 200)
      refused(await t.call('GET', '/v2/users/me', { token: str(next.body.access_token) }), 401, 124)

    // Whatever slipped through, a token whose install is revoked is refused, and nothing new is stored for it.
    const other = await install(app, ownerEmail)
    const tokens = new TokensRepo(t.server.svc.db.kysely)
    const row = must(await tokens.getUsable(hash(other.access)))
    const grantId = must(row.grant_id)
    const repo = new OAuthRepo(t.server.svc.db.kysely)
    await repo.revokeGrant(grantId, t.clock.now())
    // A token row written after the revoke deleted the install's tokens is still refused.
    await tokens.insert(row)
    refused(await t.call('GET', '/v2/users/me', { token: other.access }), 401, 124)
    const late = { ...row, token_hash: 'late-' + grantId }
    const refreshRow = {
      token_hash: 'late-r-' + grantId,
      grant_id: grantId,
      client_id: app.clientId,
      scopes: '',
      expires_at: 0,
      created_at: 0,
    }
    assert.equal(await repo.issueWhileLive(grantId, late, refreshRow), false)
    assert.equal(await tokens.getUsable('late-' + grantId), undefined)
  })

  it('compares client secrets in constant time, and answers a body it cannot parse with invalid_request', async () => {
    assert.equal(sameSecret('s3cret', 's3cret'), true)
    assert.equal(sameSecret('s3cret', 's3cret-longer'), false)
    assert.equal(sameSecret('', 's3cret'), false)
    for (const path of ['/oauth/token', '/oauth/revoke']) {
      const res = await fetch(t.origin + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: basic(userApp.clientId, userApp.clientSecret) },
        body: '{"grant_type": ',
      })
      oauthRefused({ status: res.status, body: (await res.json()) as Json }, 'invalid_request', 'Invalid request body.')
    }
  })
})
