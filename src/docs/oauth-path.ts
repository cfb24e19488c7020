// POST /oauth/token in the OpenAPI document: not an operation of /v2 but the first call every client makes.
import type { Lang } from './describe.js'

const TEXT = {
  summary: { en: 'Get an access token', zh: '获取访问令牌' },
  description: {
    en: 'Server-to-Server OAuth: exchanges an app’s client ID and secret (HTTP Basic, or client_id and client_secret parameters) for an access token of one account, valid for one hour. Parameters may come in the form body or the query string. Refusals answer 400 or 401 with `{reason, error}`.',
    zh: 'Server-to-Server OAuth：用应用的 client ID 和 client secret（HTTP Basic，或 client_id 与 client_secret 参数）换取某个账户的访问令牌，有效期一小时。参数可放在表单请求体或查询字符串中。被拒绝时返回 400 或 401，应答为 `{reason, error}`。',
  },
  grant_type: {
    en: 'Always account_credentials for Server-to-Server apps.',
    zh: 'Server-to-Server 应用固定为 account_credentials。',
  },
  account_id: {
    en: 'The account the token acts for: the app’s own account.',
    zh: '令牌所代表的账户，即应用所属的账户。',
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
} as const

/** The path item of POST /oauth/token; with a language, its fields are described in it. */
export function oauthTokenPath(lang: Lang | undefined): Record<string, unknown> {
  const d = (key: keyof typeof TEXT) => (lang ? { description: TEXT[key][lang] } : {})
  const string = (key: keyof typeof TEXT) => ({ type: 'string', ...d(key) })
  return {
    post: {
      operationId: 'oauthToken',
      tags: ['OAuth'],
      summary: TEXT.summary[lang ?? 'en'],
      description: `${TEXT.summary.zh}\n\n${TEXT.summary.en}.${lang ? `\n\n${TEXT.description[lang]}` : ''}`,
      'x-summary-zh': TEXT.summary.zh,
      'x-summary-en': TEXT.summary.en,
      servers: [{ url: '/' }],
      security: [{ basic: [] }],
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: ['grant_type', 'account_id'],
              properties: {
                grant_type: { ...string('grant_type'), enum: ['account_credentials'] },
                account_id: string('account_id'),
                client_id: string('client_id'),
                client_secret: string('client_secret'),
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'Access token',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  access_token: string('access_token'),
                  token_type: string('token_type'),
                  expires_in: { type: 'integer', ...d('expires_in') },
                  scope: string('scope'),
                  api_url: string('api_url'),
                },
              },
            },
          },
        },
        '4XX': {
          description: 'OAuth error',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { reason: string('reason'), error: string('error') } },
            },
          },
        },
      },
    },
  }
}
