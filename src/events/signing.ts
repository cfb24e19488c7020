import { createHmac, randomBytes, randomUUID } from 'node:crypto'

/** `v0=` + hex(HMAC-SHA256(secret, `v0:{timestamp}:{body}`)): Zoom's `x-zm-signature`. */
export function signature(secret: string, timestampSeconds: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex')
}

/** The answer a receiver must give to a URL validation challenge. */
export function encryptedToken(secret: string, plainToken: string): string {
  return createHmac('sha256', secret).update(plainToken).digest('hex')
}

/** The headers every webhook POST carries, signed over exactly `body`. */
export function webhookHeaders(opts: {
  secret: string
  body: string
  nowMs: number
  clientId: string
  requestId?: string
}): {
  headers: Record<string, string>
  requestId: string
  traceId: string
} {
  const ts = Math.floor(opts.nowMs / 1000)
  const requestId = opts.requestId ?? randomUUID()
  const traceId = randomBytes(16).toString('hex')
  return {
    requestId,
    traceId,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Zoom Marketplace/1.0a',
      'x-zm-request-timestamp': String(ts),
      'x-zm-signature': signature(opts.secret, ts, opts.body),
      'x-zm-request-id': requestId,
      'x-zm-trackingid': `v=2.0;clid=local;rid=${randomBytes(8).toString('hex')}`,
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      clientid: opts.clientId,
    },
  }
}
