import type { FastifyInstance, FastifyReply } from 'fastify'
import { AuthorizeError, OAuthService, type AuthorizeRequest } from '../../domain/auth/oauth.service.js'
import { documentFrame, esc } from '../../docs/site/frame.js'
import type { Services } from '../../services.js'
import type { AppRow } from '../../store/apps.repo.js'

type Params = Record<string, string | undefined>

// The parameters a consent page carries from the GET to its form's POST.
const CARRIED = ['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method']

function authorizeRequest(p: Params): AuthorizeRequest {
  return {
    responseType: p.response_type,
    clientId: p.client_id,
    redirectUri: p.redirect_uri,
    codeChallenge: p.code_challenge,
    codeChallengeMethod: p.code_challenge_method,
  }
}

function stringParams(source: unknown): Params {
  const out: Params = {}
  if (source && typeof source === 'object')
    for (const [k, v] of Object.entries(source as Record<string, unknown>)) if (typeof v === 'string') out[k] = v
  return out
}

const STYLE = `
body{font-family:system-ui,sans-serif;background:#f4f6fa;margin:0;display:flex;justify-content:center}
main{background:#fff;margin:48px 16px;padding:28px 32px;border-radius:12px;max-width:460px;width:100%;box-shadow:0 2px 12px #0002}
h1{font-size:1.3rem;margin:0 0 4px}.zh{color:#555;font-size:.92em}ul{padding-left:20px}code{font-size:.9em}
label{display:block;margin:16px 0 6px}input[type=email]{width:100%;padding:8px;box-sizing:border-box;font-size:1rem}
.buttons{display:flex;gap:12px;margin-top:20px}button{flex:1;padding:10px;font-size:1rem;border-radius:8px;border:1px solid #0b5cff;cursor:pointer}
#allow{background:#0b5cff;color:#fff}#deny{background:#fff;color:#0b5cff}.error{color:#b00020}
`

// The page speaks both languages at once (English with Chinese beside it), so it has no language switch.
function page(title: string, body: string): string {
  return documentFrame({ lang: 'en', title, css: STYLE, body: `<main>${body}</main>` })
}

function errorPage(reply: FastifyReply, e: AuthorizeError): FastifyReply {
  // Zoom's page prints the code with a thousands separator, e.g. (4,709).
  const code = e.code.toLocaleString('en-US')
  return reply
    .status(400)
    .type('text/html; charset=utf-8')
    .send(
      page(
        'Authorization error',
        `<h1>Authorization error <span class="zh">授权错误</span></h1>
<p class="error" id="error">${esc(e.message)} (${code})</p>`,
      ),
    )
}

function consentPage(reply: FastifyReply, app: AppRow, p: Params, problem?: string): FastifyReply {
  const hidden = CARRIED.filter((k) => p[k] !== undefined)
    .map((k) => `<input type="hidden" name="${k}" value="${esc(p[k])}">`)
    .join('\n')
  const scopes = app.scopes
    .split(' ')
    .filter(Boolean)
    .map((s) => `<li><code>${esc(s)}</code></li>`)
    .join('')
  const kind =
    app.app_type === 'admin'
      ? 'for the whole account <span class="zh">（整个账户）</span>'
      : 'for you only <span class="zh">（仅限您本人）</span>'
  return reply
    .status(problem ? 400 : 200)
    .type('text/html; charset=utf-8')
    .send(
      page(
        `Authorize ${app.name}`,
        `<h1 id="app-name">${esc(app.name)}</h1>
<p>wants to access your Zoom account ${kind}.<br><span class="zh">请求访问您的 Zoom 账户。</span></p>
<p>Permissions <span class="zh">权限</span>:</p><ul id="scopes">${scopes}</ul>
${problem ? `<p class="error" id="error">${esc(problem)}</p>` : ''}
<form method="post" action="/oauth/authorize">
${hidden}
<label for="email">Sign in with your email <span class="zh">使用电子邮件登录</span></label>
<input type="email" id="email" name="email" value="${esc(p.email ?? '')}" autocomplete="email">
<div class="buttons">
<button type="submit" id="allow" name="decision" value="allow">Allow <span class="zh">允许</span></button>
<button type="submit" id="deny" name="decision" value="deny" formnovalidate>Deny <span class="zh">拒绝</span></button>
</div>
</form>`,
      ),
    )
}

function redirectTo(reply: FastifyReply, uri: string, add: Params): FastifyReply {
  const url = new URL(uri)
  for (const [k, v] of Object.entries(add)) if (v !== undefined) url.searchParams.set(k, v)
  return reply.redirect(url.toString(), 302)
}

/**
 * GET /oauth/authorize shows the consent page of a user- or admin-managed app; its form posts back here. Problems
 * with the client or the redirect URI stay on this server's page (the redirect URI cannot be trusted); a refusal by
 * the user goes back to the app as `error=access_denied`.
 */
export function registerAuthorize(app: FastifyInstance, svc: Services): void {
  app.get('/oauth/authorize', async (request, reply) => {
    const p = stringParams(request.query)
    try {
      const client = await svc.use(OAuthService).checkAuthorize(authorizeRequest(p))
      return consentPage(reply, client, p)
    } catch (e) {
      if (e instanceof AuthorizeError) return errorPage(reply, e)
      throw e
    }
  })

  app.post('/oauth/authorize', async (request, reply) => {
    const p = stringParams(request.body)
    const oauth = svc.use(OAuthService)
    const req = authorizeRequest(p)
    let client: AppRow
    try {
      client = await oauth.checkAuthorize(req)
    } catch (e) {
      if (e instanceof AuthorizeError) return errorPage(reply, e)
      throw e
    }
    const back = req.redirectUri ?? ''
    if (p.decision !== 'allow') return redirectTo(reply, back, { error: 'access_denied', state: p.state })
    if (!p.email) return consentPage(reply, client, p, 'Enter your email. 请输入电子邮件。')
    try {
      const code = await oauth.allow(client, p.email, req)
      return redirectTo(reply, back, { code, state: p.state })
    } catch (e) {
      if (e instanceof AuthorizeError) return consentPage(reply, client, p, e.message)
      throw e
    }
  })
}
