// Code samples for an operation: curl, TypeScript with @zoom/rivet, Python with requests, built from its
// recorded example request.
import rivetNames from '../rivet-names.json' with { type: 'json' }
import type { AnyOperation } from '../../http/operation.js'

interface RivetName {
  module: string
  client: string
  namespace: string
  method: string
}
const RIVET: Record<string, RivetName | undefined> = rivetNames

export interface ExampleRequest {
  method: string
  url: string
  body?: unknown
}

/**
 * The origin samples are written with: the server's default address. Pages are built once and kept, so the
 * address a reader should call replaces it when a page is sent (see `withOrigin`).
 */
export const SAMPLE_ORIGIN = 'http://127.0.0.1:8080'

/** A page with the samples' origin replaced by the origin the server is reached at. */
export const withOrigin = (page: string, origin: string): string =>
  origin === SAMPLE_ORIGIN ? page : page.replaceAll(SAMPLE_ORIGIN, origin)

function splitUrl(url: string): { path: string; query: Record<string, string> } {
  const u = new URL(url, SAMPLE_ORIGIN)
  return { path: decodeURIComponent(u.pathname), query: Object.fromEntries(u.searchParams) }
}

/** The request to show: the recorded one, or the operation's path with placeholders. */
export function sampleRequest(op: AnyOperation, recorded: ExampleRequest | undefined): ExampleRequest {
  if (recorded) return recorded
  return { method: op.method, url: `/v2${op.path}` }
}

export function curlSample(req: ExampleRequest): string {
  const lines = [`curl -X ${req.method} '${SAMPLE_ORIGIN}${req.url}'`, `  -H "Authorization: Bearer $TOKEN"`]
  if (req.body !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`)
    lines.push(`  -d '${JSON.stringify(req.body).replace(/'/g, "'\\''")}'`)
  }
  return lines.join(' \\\n')
}

export function pythonSample(req: ExampleRequest): string {
  const { path, query } = splitUrl(req.url)
  const args = [`f"{BASE}${path}"`, 'headers={"Authorization": f"Bearer {TOKEN}"}']
  if (Object.keys(query).length) args.push(`params=${JSON.stringify(query)}`)
  if (req.body !== undefined) args.push(`json=${pyLiteral(req.body)}`)
  return [
    'import requests',
    '',
    `BASE = "${SAMPLE_ORIGIN}"`,
    'TOKEN = "…"  # POST /oauth/token, or the docs’ token button',
    '',
    `r = requests.${req.method.toLowerCase()}(${args.join(', ')})`,
    'print(r.status_code, r.text)',
  ].join('\n')
}

function pyLiteral(v: unknown): string {
  return JSON.stringify(v, null, 4)
    .replace(/\btrue\b/g, 'True')
    .replace(/\bfalse\b/g, 'False')
    .replace(/\bnull\b/g, 'None')
}

/** The path parameters' values in a request to `op` (as they appear in its URL, decoded). */
export function pathArguments(op: AnyOperation, req: ExampleRequest): Record<string, string> {
  const actual = splitUrl(req.url).path.split('/')
  const args: Record<string, string> = {}
  for (const [i, seg] of `/v2${op.path}`.split('/').entries()) {
    const m = /^\{(\w+)\}$/.exec(seg)
    if (m?.[1]) args[m[1]] = actual[i] ?? ''
  }
  return args
}

/** The rivet call, when rivet has an endpoint for this method and path. */
export function rivetSample(op: AnyOperation, req: ExampleRequest): string | undefined {
  const name = RIVET[`${op.method} ${op.path}`]
  if (!name) return undefined
  const { query } = splitUrl(req.url)
  const pathArgs = pathArguments(op, req)
  const parts: string[] = []
  if (Object.keys(pathArgs).length) parts.push(`path: ${JSON.stringify(pathArgs)}`)
  if (Object.keys(query).length) parts.push(`query: ${JSON.stringify(query)}`)
  if (req.body !== undefined) parts.push(`body: ${JSON.stringify(req.body, null, 2).replace(/\n/g, '\n  ')}`)
  return [
    `import { ${name.client} } from '@zoom/rivet/${name.module}'`,
    '',
    `const client = new ${name.client}({`,
    '  clientId: process.env.ZOOM_CLIENT_ID,',
    '  clientSecret: process.env.ZOOM_CLIENT_SECRET,',
    '  accountId: process.env.ZOOM_ACCOUNT_ID,',
    `  baseUrl: '${SAMPLE_ORIGIN}/v2', // this server instead of api.zoom.us`,
    '  tokenStore, // holds a token from this server’s /oauth/token (see the OAuth guide)',
    '})',
    '',
    `const { statusCode, data } = await client.endpoints.${name.namespace}.${name.method}(${parts.length ? `{\n  ${parts.join(',\n  ')},\n}` : ''})`,
  ].join('\n')
}
