// The OAuth endpoints in the OpenAPI document: not operations of /v2, but the first calls every client makes.
import type { Lang } from './describe.js'

const TEXT = {
  summary: { en: 'Get an access token', zh: '获取访问令牌' },
  description: {
    en: 'Exchanges an app’s client ID and secret (HTTP Basic, or client_id and client_secret parameters; a client_id sent beside Basic must name the same app) for an access token valid for one hour. Server-to-Server apps use `account_credentials` and get no refresh token. User- and admin-managed apps use `authorization_code` (the code from /oauth/authorize, once, within five minutes, with the same redirect_uri and the PKCE code_verifier when a challenge was sent) and `refresh_token`; both answer a new refresh token, valid ninety days, and the one sent stops working. Parameters may come in the form body or the query string. Refusals answer 400 with `{reason, error}`, numbered in Zoom’s OAuth error table: 4706 “Missing grant type.” or “Client ID or client secret is missing.”; 4702/4704 “Invalid client_id or client_secret”; 4705 “unsupported grant type” (also a grant of the other kind of app); 4709 “Redirect URI mismatch.”; 4711 “Refresh token invalid.” (the app lost a scope the install holds); 4717 “The app has been disabled”. A used, expired or revoked refresh token answers “Invalid Token!”.',
    zh: '用应用的 client ID 和 client secret（HTTP Basic，或 client_id 与 client_secret 参数；与 Basic 同时发送的 client_id 必须指向同一应用）换取有效期一小时的访问令牌。Server-to-Server 应用使用 `account_credentials`，不返回刷新令牌。用户管理和管理员管理的应用使用 `authorization_code`（来自 /oauth/authorize 的授权码，只能使用一次，五分钟内有效，redirect_uri 须与授权时相同；授权时发送了 PKCE challenge 的还须提供 code_verifier）和 `refresh_token`；两者都返回新的刷新令牌（有效期九十天），发送的旧刷新令牌随即失效。参数可放在表单请求体或查询字符串中。被拒绝时返回 400，应答为 `{reason, error}`，对应 Zoom OAuth 错误表中的编号：4706“Missing grant type.”或“Client ID or client secret is missing.”；4702/4704“Invalid client_id or client_secret”；4705“unsupported grant type”（使用另一类应用的授权类型时也是如此）；4709“Redirect URI mismatch.”；4711“Refresh token invalid.”（应用已去掉安装时授予的某个权限范围）；4717“The app has been disabled”。已使用、已过期或已撤销的刷新令牌返回“Invalid Token!”。',
  },
  grant_type: {
    en: 'account_credentials for Server-to-Server apps; authorization_code or refresh_token for user- and admin-managed apps.',
    zh: 'Server-to-Server 应用为 account_credentials；用户管理和管理员管理的应用为 authorization_code 或 refresh_token。',
  },
  account_id: {
    en: 'account_credentials only: the account the token acts for, the app’s own account.',
    zh: '仅用于 account_credentials：令牌所代表的账户，即应用所属的账户。',
  },
  code: {
    en: 'authorization_code only: the code /oauth/authorize sent to the redirect URI.',
    zh: '仅用于 authorization_code：/oauth/authorize 发送到重定向地址的授权码。',
  },
  redirect_uri: {
    en: 'The redirect URI the code was sent to; it must be one registered on the app.',
    zh: '授权码被发送到的重定向地址，必须是应用登记的地址之一。',
  },
  code_verifier: {
    en: 'authorization_code only: the PKCE verifier, when the authorize request carried a code_challenge.',
    zh: '仅用于 authorization_code：授权请求带有 code_challenge 时所需的 PKCE verifier。',
  },
  refresh_token: {
    en: 'Request: the refresh token to exchange (refresh_token grant). Response: the new refresh token, for user- and admin-managed apps only.',
    zh: '请求中：要换取新令牌的刷新令牌（refresh_token 授权类型）。应答中：新的刷新令牌，仅用户管理和管理员管理的应用返回。',
  },
  client_id: {
    en: 'The app’s client ID, when not sent as HTTP Basic.',
    zh: '应用的 client ID（未使用 HTTP Basic 时）。',
  },
  client_secret: {
    en: 'The app’s client secret, when not sent as HTTP Basic.',
    zh: '应用的 client secret（未使用 HTTP Basic 时）。',
  },
  access_token: {
    en: 'The token to send as `Authorization: Bearer …`.',
    zh: '以 `Authorization: Bearer …` 发送的令牌。',
  },
  token_type: { en: 'Always bearer.', zh: '固定为 bearer。' },
  expires_in: { en: 'Seconds until the token expires (3600).', zh: '令牌过期前的秒数（3600）。' },
  scope: { en: 'The scopes the token holds, separated by spaces.', zh: '令牌拥有的权限范围，以空格分隔。' },
  api_url: { en: 'The base URL to call the API at (this server).', zh: '调用 API 的基础地址（即本服务器）。' },
  reason: { en: 'Why the request was refused, in words.', zh: '请求被拒绝的原因说明。' },
  error: {
    en: 'OAuth error code: invalid_request, invalid_client or unsupported_grant_type.',
    zh: 'OAuth 错误码：invalid_request、invalid_client 或 unsupported_grant_type。',
  },
  revoke_summary: { en: 'Revoke a token', zh: '撤销令牌' },
  revoke_description: {
    en: 'Uninstalls the install of a user- or admin-managed app that an access or refresh token belongs to: all its tokens stop working at once (API calls answer 401/124) and the app’s webhook subscriptions receive `app_deauthorized`. The app’s credentials come as for /oauth/token. Refusals answer 400 with `{reason, error}`: 4706 when the credentials are missing, 4702/4704 when they are wrong, 4717 for a disabled app, and “Invalid Token!” for a token of no install of this app, or one already revoked.',
    zh: '卸载访问令牌或刷新令牌所属的用户管理或管理员管理应用的安装：其所有令牌立即失效（API 调用返回 401/124），应用的 webhook 订阅收到 `app_deauthorized` 事件。应用凭据的发送方式与 /oauth/token 相同。被拒绝时返回 400，应答为 `{reason, error}`：缺少凭据为 4706，凭据错误为 4702/4704，应用已停用为 4717；令牌不属于该应用的任何安装或已被撤销时返回“Invalid Token!”。',
  },
  token: { en: 'The access or refresh token to revoke.', zh: '要撤销的访问令牌或刷新令牌。' },
  status: { en: 'Always success.', zh: '固定为 success。' },
  authorize_summary: { en: 'Authorize an app', zh: '授权应用' },
  authorize_description: {
    en: 'The consent page of a user- or admin-managed app (HTML): it names the app and its scopes, and the user signs in with their email and allows or denies. Allowing redirects to redirect_uri with `code` and `state`; denying redirects with `error=access_denied`. Only an account owner or admin may allow an admin-managed app. An unknown, inactive or Server-to-Server client (4702), a redirect URI missing or not registered on the app (4709), or another response_type (4700) answers 400 with an error page showing the code, and never redirects.',
    zh: '用户管理或管理员管理应用的授权同意页面（HTML）：页面列出应用名称及其权限范围，用户以电子邮件登录后选择允许或拒绝。允许时重定向到 redirect_uri 并附带 `code` 和 `state`；拒绝时附带 `error=access_denied`。只有账户所有者或管理员可以允许管理员管理的应用。未知、已停用或 Server-to-Server 的客户端（4702）、缺少或未在应用登记的重定向地址（4709）以及其他 response_type（4700）都返回 400 和显示错误编号的错误页面，且不会重定向。',
  },
  response_type: { en: 'Always code.', zh: '固定为 code。' },
  authorize_client_id: { en: 'The client ID of the app to install.', zh: '要安装的应用的 client ID。' },
  state: {
    en: 'An opaque value sent back unchanged with the code or the denial.',
    zh: '不透明值，随授权码或拒绝结果原样返回。',
  },
  code_challenge: {
    en: 'PKCE: the challenge derived from the verifier the token request will send.',
    zh: 'PKCE：由令牌请求将发送的 verifier 推导出的 challenge。',
  },
  code_challenge_method: {
    en: 'PKCE: S256 or plain (plain when left out).',
    zh: 'PKCE：S256 或 plain（省略时为 plain）。',
  },
  page: { en: 'The consent page.', zh: '授权同意页面。' },
  redirect: {
    en: 'Back to redirect_uri with code and state, or error=access_denied.',
    zh: '重定向回 redirect_uri，附带 code 和 state，或 error=access_denied。',
  },
  oauth_error: { en: 'OAuth error', zh: 'OAuth 错误' },
  revoked: { en: 'Revoked', zh: '已撤销' },
  issued: { en: 'Access token', zh: '访问令牌' },
  refused_page: {
    en: 'An error page naming the problem and its code.',
    zh: '说明问题及其错误编号的错误页面。',
  },
} as const

type Key = keyof typeof TEXT

/** The summary and description fields of an OAuth path's operation, as the API operations carry them. */
function summary(lang: Lang | undefined, title: Key, body: Key): Record<string, string> {
  const zh = TEXT[title].zh
  const en = TEXT[title].en
  return {
    summary: TEXT[title][lang ?? 'en'],
    description: `${TEXT[title][lang ?? 'en']}${lang === 'zh' ? '。' : '.'}${lang ? `\n\n${TEXT[body][lang]}` : ''}`,
    'x-summary-zh': zh,
    'x-summary-en': en,
  }
}

/** The OAuth endpoints the OpenAPI document lists beside the API: token, revoke and the consent page. */
export function oauthPaths(lang: Lang | undefined): Record<string, Record<string, unknown>> {
  return {
    '/oauth/token': oauthTokenPath(lang),
    '/oauth/revoke': oauthRevokePath(lang),
    '/oauth/authorize': oauthAuthorizePath(lang),
  }
}

const described = (lang: Lang | undefined) => (key: Key) => (lang ? { description: TEXT[key][lang] } : {})

/** A string field of a form or an answer, described in the document's language. */
const stringField = (lang: Lang | undefined, key: Key) => ({ type: 'string', ...described(lang)(key) })

function oauthError(lang: Lang | undefined): Record<string, unknown> {
  return {
    description: TEXT.oauth_error[lang ?? 'en'],
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: { reason: stringField(lang, 'reason'), error: stringField(lang, 'error') },
        },
      },
    },
  }
}

interface FormPost {
  operationId: string
  title: Key
  body: Key
  /** The form's own fields; the app's credentials follow them, as every form call may carry them. */
  fields: Record<string, unknown>
  required: string[]
  /** What the 200 answer is called and its fields. */
  answer: string
  answerFields: Record<string, unknown>
}

/** A POST taking a form body and the app's credentials (HTTP Basic or form fields), answering JSON. */
function formPost(lang: Lang | undefined, op: FormPost): Record<string, unknown> {
  return {
    post: {
      operationId: op.operationId,
      tags: ['OAuth'],
      ...summary(lang, op.title, op.body),
      servers: [{ url: '/' }],
      security: [{ basic: [] }],
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: op.required,
              properties: {
                ...op.fields,
                client_id: stringField(lang, 'client_id'),
                client_secret: stringField(lang, 'client_secret'),
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: op.answer,
          content: { 'application/json': { schema: { type: 'object', properties: op.answerFields } } },
        },
        '4XX': oauthError(lang),
      },
    },
  }
}

function oauthRevokePath(lang: Lang | undefined): Record<string, unknown> {
  return formPost(lang, {
    operationId: 'oauthRevoke',
    title: 'revoke_summary',
    body: 'revoke_description',
    fields: { token: stringField(lang, 'token') },
    required: ['token'],
    answer: TEXT.revoked[lang ?? 'en'],
    answerFields: { status: stringField(lang, 'status') },
  })
}

function oauthAuthorizePath(lang: Lang | undefined): Record<string, unknown> {
  const d = described(lang)
  const query = (name: string, key: Key, required = false, extra: Record<string, unknown> = {}) => ({
    name,
    in: 'query',
    required,
    ...d(key),
    schema: { type: 'string', ...extra },
  })
  const html = (key: Key) => ({
    description: TEXT[key][lang ?? 'en'],
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  return {
    get: {
      operationId: 'oauthAuthorize',
      tags: ['OAuth'],
      ...summary(lang, 'authorize_summary', 'authorize_description'),
      servers: [{ url: '/' }],
      security: [],
      parameters: [
        query('response_type', 'response_type', true, { enum: ['code'] }),
        query('client_id', 'authorize_client_id', true),
        query('redirect_uri', 'redirect_uri', true),
        query('state', 'state'),
        query('code_challenge', 'code_challenge'),
        query('code_challenge_method', 'code_challenge_method', false, { enum: ['S256', 'plain'] }),
      ],
      responses: {
        '200': html('page'),
        '302': { description: TEXT.redirect[lang ?? 'en'] },
        '400': html('refused_page'),
      },
    },
  }
}

/** The path item of POST /oauth/token; with a language, its fields are described in it. */
export function oauthTokenPath(lang: Lang | undefined): Record<string, unknown> {
  const string = (key: Key) => stringField(lang, key)
  return formPost(lang, {
    operationId: 'oauthToken',
    title: 'summary',
    body: 'description',
    fields: {
      grant_type: { ...string('grant_type'), enum: ['account_credentials', 'authorization_code', 'refresh_token'] },
      account_id: string('account_id'),
      code: string('code'),
      redirect_uri: string('redirect_uri'),
      code_verifier: string('code_verifier'),
      refresh_token: string('refresh_token'),
    },
    required: ['grant_type'],
    answer: TEXT.issued[lang ?? 'en'],
    answerFields: {
      access_token: string('access_token'),
      token_type: string('token_type'),
      expires_in: { type: 'integer', ...described(lang)('expires_in') },
      scope: string('scope'),
      api_url: string('api_url'),
      refresh_token: string('refresh_token'),
    },
  })
}
