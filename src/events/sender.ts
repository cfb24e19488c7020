import { performance } from 'node:perf_hooks'
import type { Clock } from '../clock.js'
import { webhookHeaders } from './signing.js'

/** Extra receiver authentication of a subscription, in the fields of Zoom's app manifest. */
export interface CustomHeader {
  /** 0 none, 1 Basic auth, 2 token authentication (client credentials), 3 one custom `x-…` header. */
  custom_header_type?: number
  username?: string
  password?: string
  client_id?: string
  client_secret?: string
  token_url?: string
  custom_header_key?: string
  custom_header_value?: string
}

/** Zoom's codes for failures without an HTTP status, as its webhook log shows them. */
export const TRANSPORT = {
  readTimeout: -1,
  connectionRefused: -2,
  remoteError: -7,
  dnsResolve: -13,
  cannotGetAccessToken: -14,
} as const

export interface AttemptResult {
  /** The HTTP status, or a negative transport code. */
  status: number
  success: boolean
  /** Zoom retries only on status >= 500 and transport failures. */
  retryable: boolean
  latencyMs: number
  requestHeaders: Record<string, string>
  responseHeaders: Record<string, string>
  /** The whole response text (bounded); logs keep only a snippet of it. */
  responseText: string
  error: string
  requestId: string
  traceId: string
}

const MAX_RESPONSE_READ = 64 * 1024
export const SNIPPET_CHARS = 512

/** Posts signed webhook bodies: one attempt each, 3 seconds at most, no redirects followed. */
export class WebhookSender {
  /** How long a receiver has to answer (Zoom: 3 seconds). */
  timeoutMs = 3000
  private tokens = new Map<string, { token: string; expiresAt: number }>()

  private clock: Clock

  constructor(svc: { clock: Clock }) {
    this.clock = svc.clock
  }

  /** The database was put back as a snapshot held it: endpoints' tokens are fetched again. */
  forgetState(): void {
    this.tokens.clear()
  }

  async post(opts: {
    url: string
    body: string
    secret: string
    clientId: string
    customHeader: CustomHeader
    requestId?: string
  }): Promise<AttemptResult> {
    const { headers, requestId, traceId } = webhookHeaders({
      secret: opts.secret,
      body: opts.body,
      nowMs: this.clock.now(),
      clientId: opts.clientId,
      requestId: opts.requestId,
    })
    const started = performance.now()
    const result = (partial: Partial<AttemptResult> & { status: number }): AttemptResult => ({
      success: partial.status >= 200 && partial.status < 300,
      retryable: partial.status >= 500 || partial.status < 0,
      latencyMs: Math.round(performance.now() - started),
      requestHeaders: masked(headers),
      responseHeaders: {},
      responseText: '',
      error: '',
      requestId,
      traceId,
      ...partial,
    })

    try {
      const auth = await this.authorization(opts.customHeader)
      if (auth) headers[auth.name] = auth.value
    } catch (err) {
      return result({
        status: TRANSPORT.cannotGetAccessToken,
        error: `no access token from the token URL: ${(err as Error).message}`,
      })
    }

    try {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers,
        body: Buffer.from(opts.body, 'utf8'),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      const text = await readBounded(res)
      const failed = res.status < 200 || res.status >= 300
      return result({
        status: res.status,
        responseHeaders: Object.fromEntries(res.headers),
        responseText: text,
        ...(failed ? { error: `the endpoint answered HTTP ${res.status}` } : {}),
      })
    } catch (err) {
      return result(transportFailure(err, this.timeoutMs))
    }
  }

  /** The header the subscription's extra auth adds, fetching (and caching) a bearer token when needed. */
  private async authorization(h: CustomHeader): Promise<{ name: string; value: string } | undefined> {
    switch (h.custom_header_type) {
      case 1:
        return {
          name: 'authorization',
          value: 'Basic ' + Buffer.from(`${h.username ?? ''}:${h.password ?? ''}`).toString('base64'),
        }
      case 2:
        return { name: 'authorization', value: 'Bearer ' + (await this.bearer(h)) }
      case 3:
        return h.custom_header_key
          ? { name: h.custom_header_key.toLowerCase(), value: h.custom_header_value ?? '' }
          : undefined
      default:
        return undefined
    }
  }

  private async bearer(h: CustomHeader): Promise<string> {
    // Stored type-2 headers always have one (the service checks it); the caller logs this as no access token.
    const tokenUrl = h.token_url
    if (tokenUrl === undefined) throw new Error('token request failed: the subscription has no token URL')
    const key = `${tokenUrl}\n${h.client_id}\n${h.client_secret}`
    const now = this.clock.now()
    const hit = this.tokens.get(key)
    if (hit && hit.expiresAt > now) return hit.token
    let res: Response
    try {
      res = await fetch(tokenUrl, {
        method: 'POST',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${h.client_id ?? ''}:${h.client_secret ?? ''}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': 'Zoom Marketplace/1.0a',
        },
        body: 'grant_type=client_credentials',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (err) {
      throw new Error(`token request failed: ${(err as Error).message}`)
    }
    const text = await readBounded(res).catch(() => '')
    let json: { access_token?: unknown; token_type?: unknown; expires_in?: unknown }
    try {
      json = JSON.parse(text)
    } catch {
      throw new Error(`token endpoint answered ${res.status} without JSON`)
    }
    if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}`)
    if (typeof json.access_token !== 'string' || !json.access_token)
      throw new Error('token response has no access_token')
    if (typeof json.token_type !== 'string' || json.token_type.toLowerCase() !== 'bearer')
      throw new Error('token_type must be bearer')
    if (typeof json.expires_in !== 'number' || json.expires_in < 3599)
      throw new Error('expires_in must be at least 3599')
    // Renewed a minute early, as OAuth clients do.
    this.tokens.set(key, { token: json.access_token, expiresAt: now + (json.expires_in - 60) * 1000 })
    return json.access_token
  }
}

async function readBounded(res: Response): Promise<string> {
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
    if (size >= MAX_RESPONSE_READ) {
      await reader.cancel().catch(() => {})
      break
    }
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The transport code and a sentence saying what went wrong, naming the system error code when there is one. */
function transportFailure(err: unknown, timeoutMs: number): { status: number; error: string } {
  const e = err as Error & { cause?: { code?: string; message?: string } }
  const timedOut = `the endpoint did not answer within ${timeoutMs} ms`
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { status: TRANSPORT.readTimeout, error: timedOut }
  const code = e?.cause?.code ?? (e as { code?: string })?.code
  const detail = e?.cause?.message || e?.message || String(err)
  const failed = (what: string) => `${what}${code ? `: ${code}` : ''}${detail && detail !== code ? ` (${detail})` : ''}`
  if (code === 'ECONNREFUSED')
    return { status: TRANSPORT.connectionRefused, error: failed('the connection was refused') }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { status: TRANSPORT.dnsResolve, error: failed('the host name did not resolve') }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return { status: TRANSPORT.readTimeout, error: timedOut }
  return { status: TRANSPORT.remoteError, error: failed('the connection failed') }
}

function masked(headers: Record<string, string>): Record<string, string> {
  const out = { ...headers }
  if (out.authorization) out.authorization = out.authorization.split(' ')[0] + ' ********'
  return out
}
