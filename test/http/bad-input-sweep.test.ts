import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { operations } from '../../src/api/index.js'
import { operationPaths, operationPrefix } from '../../src/http/operation.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

/**
 * Every write operation, in each of its forms, against hostile input: over-deep bodies, a huge unknown key, NUL
 * characters and invalid UTF-8 in paths and bodies. Whatever the operation makes of it, the answer is never a
 * 5xx, and every refusal has Zoom's `{code, message}` body with a numeric code.
 */
describe('Bad input against every write operation', () => {
  let t: TestServer
  let token: string
  const ids: Record<string, string> = {}
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    const meeting = await t.call('POST', '/v2/users/me/meetings', {
      token,
      body: { topic: 'sweep', type: 2, start_time: '2026-12-01T10:00:00Z' },
    })
    const group = await t.call('POST', '/v2/groups', { token, body: { name: 'sweep' } })
    const role = await t.call('POST', '/v2/roles', { token, body: { name: 'sweep' } })
    Object.assign(ids, {
      userId: 'me',
      accountId: t.seed.accountId,
      meetingId: String(meeting.body.id),
      groupId: group.body.id,
      roleId: role.body.id,
    })
  })
  after(() => t.close())

  const writes = operations.filter((op) => op.method !== 'GET' && !op.multipart)
  const targets = writes.flatMap((op) => operationPaths(op).map(({ path }) => ({ op, path })))

  const url = (prefix: string, path: string, bad?: string) =>
    prefix +
    path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      bad !== undefined && name !== 'accountId' ? bad : encodeURIComponent(ids[name] ?? 'x1'),
    )

  const bodies: [string, string | Blob][] = [
    ['a body 3,000 levels deep', '{"settings":' + '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) + '}'],
    [
      'a 1 MB unknown key',
      JSON.stringify({ name: 'n', settings: { junk: 'x'.repeat(1_000_000) }, junk: 'y'.repeat(10_000) }),
    ],
    [
      'NUL characters in strings',
      JSON.stringify({
        name: 'a\u0000b',
        topic: 'a\u0000b',
        email: 'a\u0000b@example.com',
        settings: { alternative_hosts: '\u0000' },
      }),
    ],
    [
      'invalid UTF-8 in a string',
      new Blob([Buffer.from('{"name":"a'), new Uint8Array([0xff, 0xfe, 0xc3]), '","topic":"t"}']),
    ],
  ]

  const assertZoomShaped = (what: string, status: number, text: string) => {
    assert.ok(status < 500, `${what}: ${status} ${text.slice(0, 300)}`)
    if (status >= 400) {
      const body = JSON.parse(text)
      if ('reason' in body) return // the OAuth endpoint's own shape
      assert.equal(typeof body.code, 'number', `${what}: ${text.slice(0, 300)}`)
      assert.equal(typeof body.message, 'string', `${what}: ${text.slice(0, 300)}`)
    }
  }

  const send = async (method: string, path: string, body?: string | Blob) => {
    const res = await fetch(t.origin + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body,
    })
    return { status: res.status, text: await res.text() }
  }

  for (const [label, body] of bodies) {
    it(`${label}: no 5xx, every refusal Zoom-shaped (${targets.length} operation forms)`, async () => {
      for (const { op, path } of targets) {
        const res = await send(op.method, url(operationPrefix(op), path), body)
        assertZoomShaped(`${op.method} ${path}`, res.status, res.text)
      }
    })
  }

  for (const [label, bad] of [
    ['NUL in path parameters', 'ab%00cd'],
    ['invalid UTF-8 in path parameters', '%FF%FE'],
    ['an overlong path parameter', 'z'.repeat(10_000)],
  ] as const) {
    it(`${label}: no 5xx, every refusal Zoom-shaped`, async () => {
      for (const { op, path } of targets) {
        if (!path.includes('{')) continue
        const res = await send(op.method, url(operationPrefix(op), path, bad), '{}')
        assertZoomShaped(`${op.method} ${path}`, res.status, res.text)
      }
    })
  }

  it('NUL and invalid UTF-8 in query strings of reads: no 5xx', async () => {
    for (const op of operations.filter((o) => o.method === 'GET' && o.query)) {
      for (const { path } of operationPaths(op)) {
        const props = Object.keys((op.query as { properties?: object }).properties ?? {})
        const qs = props.map((p, i) => `${p}=${i % 2 ? '%00x' : '%FF'}`).join('&')
        const res = await send('GET', `${url(operationPrefix(op), path)}?${qs}`)
        assertZoomShaped(`GET ${path}?${qs}`, res.status, res.text)
      }
    }
  })
})
