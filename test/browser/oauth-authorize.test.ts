// The authorization code flow with PKCE in a real browser (system Chromium driven by playwright-core): the consent
// page, sign-in by email, Allow, the redirect to a local callback server, then the app's side: code exchange, an
// API call, refresh rotation, and revoke with its signed app_deauthorized webhook.
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import axios from 'axios'
import { MeetingsOAuthClient, type OAuthToken } from '@zoom/rivet/meetings'
import { chromium, type Browser } from 'playwright-core'
import { WebhookService } from '../../src/events/subscriptions.js'
import { must, str } from '../helpers/json.js'
import { createOAuthApp, oauthPost, oauthRefused, pkce } from '../helpers/oauth.js'
import { deliverUntil, plainReceiver } from '../helpers/rivet-webhooks.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The app's redirect URI: records what the browser brings back and shows a plain page. */
async function callbackServer() {
  const hits: URL[] = []
  const server: Server = createServer((req, res) => {
    hits.push(new URL(req.url ?? '/', 'http://127.0.0.1'))
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<p id="done">Connected</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe(
  'OAuth authorization code flow in a browser',
  { skip: !existsSync(CHROMIUM) && `no browser at ${CHROMIUM}` },
  () => {
    let t: TestServer
    let browser: Browser
    let callback: Awaited<ReturnType<typeof callbackServer>>

    before(async () => {
      t = await startTestServer()
      callback = await callbackServer()
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    })
    after(async () => {
      await browser?.close()
      await callback?.close()
      await t?.close()
    })

    it('consents, exchanges the code with PKCE, calls the API, rotates, and revokes with a signed webhook', async () => {
      const app = await createOAuthApp(t, 'user', ['meeting:read', 'user:read'], callback.url)
      const receiver = await plainReceiver({ secret: app.webhookSecretToken })
      try {
        await t.server.svc
          .use(WebhookService)
          .create(
            { accountId: t.seed.accountId, clientId: app.clientId },
            { events: ['app_deauthorized'], url: receiver.url, scope: 'account' },
          )
        const owner = await t.call('GET', '/v2/users/me', { token: await t.token() })
        const { verifier, challenge } = pkce()
        const query = new URLSearchParams({
          response_type: 'code',
          client_id: app.clientId,
          redirect_uri: callback.url,
          state: 'xyz-42',
          code_challenge: challenge,
          code_challenge_method: 'S256',
        })

        const page = await browser.newPage()
        await page.goto(`${t.origin}/oauth/authorize?${query}`)
        assert.equal(await page.locator('#app-name').textContent(), 'Notes Helper')
        assert.deepEqual(await page.locator('#scopes code').allTextContents(), ['meeting:read', 'user:read'])
        // Allow without an email stays on the page and asks for one.
        await page.click('#allow')
        assert.match(must(await page.locator('#error').textContent()), /Enter your email/)
        await page.fill('#email', str(owner.body.email))
        await page.click('#allow')
        await page.waitForURL(/\/callback\?/)
        assert.equal(await page.locator('#done').textContent(), 'Connected')
        await page.close()

        const back = must(callback.hits.find((u) => u.pathname === '/callback'))
        assert.equal(back.searchParams.get('state'), 'xyz-42')
        const code = must(back.searchParams.get('code'))

        const exchanged = await oauthPost(t, app, {
          grant_type: 'authorization_code',
          code,
          redirect_uri: callback.url,
          code_verifier: verifier,
        })
        assert.equal(exchanged.status, 200, JSON.stringify(exchanged.body))
        const access = str(exchanged.body.access_token)
        const me = await t.call('GET', '/v2/users/me', { token: access })
        assert.equal(me.body.id, owner.body.id)

        const refreshed = await oauthPost(t, app, {
          grant_type: 'refresh_token',
          refresh_token: str(exchanged.body.refresh_token),
        })
        assert.equal(refreshed.status, 200)
        oauthRefused(
          await oauthPost(t, app, { grant_type: 'refresh_token', refresh_token: str(exchanged.body.refresh_token) }),
          'invalid_request',
          'Invalid Token!',
        )
        const latest = str(refreshed.body.access_token)
        assert.equal((await t.call('GET', '/v2/users/me/meetings', { token: latest })).status, 200)

        assert.equal((await oauthPost(t, app, { token: latest }, '/oauth/revoke')).status, 200)
        assert.equal((await t.call('GET', '/v2/users/me', { token: latest })).status, 401)

        await deliverUntil(t, () => receiver.events.length > 0)
        const hook = must(receiver.events[0])
        const ts = str(hook.headers['x-zm-request-timestamp'])
        const expected =
          'v0=' + createHmac('sha256', app.webhookSecretToken).update(`v0:${ts}:${hook.body}`).digest('hex')
        assert.equal(hook.headers['x-zm-signature'], expected)
        const event = must(hook.json)
        assert.equal(event.event, 'app_deauthorized')
        assert.equal(event.payload.client_id, app.clientId)
        assert.equal(event.payload.user_id, owner.body.id)
      } finally {
        await receiver.close()
      }
    })

    it("rivet's MeetingsOAuthClient installs through its own receiver, exchanging the code here", async () => {
      const app = await createOAuthApp(t, 'user', ['meeting:read', 'user:read'], 'http://127.0.0.1/placeholder')
      let stored: OAuthToken | undefined
      // Rivet builds its redirect URI from installerOptions, so its port is chosen before it starts.
      const probe = createServer()
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
      const port = (probe.address() as AddressInfo).port
      await new Promise<void>((resolve) => probe.close(() => resolve()))
      const rivetOrigin = `http://127.0.0.1:${port}`
      const client = new MeetingsOAuthClient({
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        webhooksSecretToken: app.webhookSecretToken,
        port,
        logLevel: 'error',
        installerOptions: {
          directInstall: true,
          redirectUri: rivetOrigin,
          stateStore: 'a-state-secret-of-enough-length-123456',
        },
        tokenStore: { getLatestToken: () => stored, storeToken: (tok: OAuthToken) => void (stored = tok) },
        baseUrl: `${t.origin}/v2`,
      } as ConstructorParameters<typeof MeetingsOAuthClient>[0])
      const server = (await client.start()) as Server
      await t.server.svc.apps.update(app.clientId, { redirectUris: [`${rivetOrigin}/zoom/oauth/callback`] })
      // Rivet's OAuth host is fixed to zoom.us: its token requests are sent here instead.
      const hook = axios.interceptors.request.use((cfg) => {
        if (cfg.url?.startsWith('https://zoom.us/')) cfg.url = cfg.url.replace('https://zoom.us', t.origin)
        return cfg
      })
      const page = await browser.newPage()
      try {
        const owner = await t.call('GET', '/v2/users/me', { token: await t.token() })
        // Rivet sends the browser to zoom.us, which a test browser cannot reach: follow its redirect by hand, keeping
        // the state cookie it set, and open the same authorize URL on this server.
        const install = await fetch(`${rivetOrigin}/zoom/oauth/install`, { redirect: 'manual' })
        const location = must(install.headers.get('location'))
        const cookie = must(install.headers.get('set-cookie')).split(';')[0] ?? ''
        const eq = cookie.indexOf('=')
        await page.context().addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: rivetOrigin }])
        await page.goto(location.replace('https://zoom.us', t.origin))
        await page.waitForURL(/\/oauth\/authorize\?/)
        await page.fill('#email', str(owner.body.email))
        await page.click('#allow')
        await page.waitForURL(/\/zoom\/oauth\/callback\?/)
        const token = must(stored)
        assert.equal(typeof token.refreshToken, 'string')
        assert.deepEqual(token.scopes, ['meeting:read', 'user:read'])
        const listed = await client.endpoints.meetings.listMeetings({ path: { userId: 'me' } })
        assert.equal(listed.statusCode, 200)
      } finally {
        axios.interceptors.request.eject(hook)
        await page.close()
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    })
  },
)
