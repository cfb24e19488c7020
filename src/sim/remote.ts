import type { Scenario } from './scenario.js'

export interface HttpTarget {
  /** The server's origin, e.g. http://127.0.0.1:8080. */
  url: string
  clientId: string
  clientSecret: string
  accountId: string
}

/**
 * Has a running server play a scenario (POST /sim/scenarios) with a Server-to-Server token minted for the
 * call: 200 with the ended meeting, or 202 with the meeting a realtime play has started.
 */
export async function postScenario(
  target: HttpTarget,
  scenario: Scenario,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const origin = target.url.replace(/\/+$/, '')
  const minted = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: 'Basic ' + Buffer.from(`${target.clientId}:${target.clientSecret}`).toString('base64'),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=account_credentials&account_id=${encodeURIComponent(target.accountId)}`,
  })
  const grant = (await minted.json().catch(() => ({}))) as { access_token?: string; reason?: string }
  if (!grant.access_token)
    throw new Error(`token request failed (${minted.status}): ${grant.reason ?? 'no access token'}`)

  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${origin}/sim/scenarios`, {
      method: 'POST',
      headers: { authorization: `Bearer ${grant.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify(scenario),
    })
    const text = await res.text()
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    if (res.ok) return { status: res.status, body: json }
    if (res.status === 429 && attempt < 10) {
      const wait = Number(res.headers.get('retry-after'))
      await new Promise((r) => setTimeout(r, Number.isFinite(wait) && wait > 0 && wait < 10 ? wait * 1000 : 500))
      continue
    }
    const errors = Array.isArray(json.errors) ? ' ' + JSON.stringify(json.errors) : ''
    throw new Error(
      `POST /sim/scenarios: HTTP ${res.status} ${json.code ?? ''} ${json.message ?? text}${errors}`.trim(),
    )
  }
}
