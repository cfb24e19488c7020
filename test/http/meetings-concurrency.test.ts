import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { items, str } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Many requests at once share database commits on SQLite and connections on PostgreSQL; each must still see
// exactly its own outcome, and what was reported created must be there afterwards.
describe('meetings created, refused and deleted all at once', () => {
  let t: TestServer
  let token: string
  // A file, as the embedded default uses: in-memory SQLite has no write-ahead log.
  const dir = mkdtempSync(join(tmpdir(), 'meetings-concurrency-'))
  before(async () => {
    t = await startTestServer({ file: join(dir, 'zoom.db') })
    token = await t.token()
  })
  after(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('every 201 is stored and listed once, every refusal leaves nothing, deletes of the same batch hold', async () => {
    const good = (i: number) =>
      t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { topic: `c${i}`, type: 2, start_time: '2026-12-01T10:00:00Z', duration: 30 },
      })
    // A time zone that does not exist: refused in the handler, after validation.
    const bad = (i: number) =>
      t.call('POST', '/v2/users/me/meetings', { token, body: { topic: `bad${i}`, type: 2, timezone: 'Mars/Olympus' } })
    const first = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? bad(i) : good(i))))
    const created = first.filter((r) => r.status === 201).map((r) => r.body)
    assert.equal(created.length, 30)
    assert.deepEqual(
      first.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code]),
      Array(10).fill([400, 300]),
    )
    assert.equal(new Set(created.map((m) => m.id)).size, 30)

    // Deletes and creates interleaved: the deletes answer 204 and the new meetings are there.
    const doomed = created.slice(0, 10)
    const second = await Promise.all([
      ...doomed.map((m) => t.call('DELETE', `/v2/meetings/${m.id}`, { token })),
      ...Array.from({ length: 10 }, (_, i) => good(100 + i)),
    ])
    assert.deepEqual(
      second.slice(0, 10).map((r) => r.status),
      Array(10).fill(204),
    )
    assert.deepEqual(
      second.slice(10).map((r) => r.status),
      Array(10).fill(201),
    )

    const list = await t.call('GET', '/v2/users/me/meetings?page_size=300', { token })
    assert.equal(list.status, 200)
    const topics = items(list.body.meetings)
      .map((m) => str(m.topic))
      .sort()
    const expected = [...created.slice(10).map((m) => m.topic), ...second.slice(10).map((r) => r.body.topic)].sort()
    assert.deepEqual(topics, expected)
    assert.equal(list.body.total_records, 30)
    for (const m of doomed) assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).status, 404)
    const events = await t.server.svc.db.kysely
      .selectFrom('outbox')
      .select('event')
      .where('event', 'in', ['meeting.created', 'meeting.deleted'])
      .execute()
    assert.equal(events.filter((e) => e.event === 'meeting.created').length, 40)
    assert.equal(events.filter((e) => e.event === 'meeting.deleted').length, 10)
  })
})
