import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ManualClock } from '../../src/clock.js'
import { cli } from '../helpers/cli.js'
import { find, items, must, obj } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const MIN = 60_000
/** What `simulate` prints: the meeting held and what its participants did. */
interface SimulationResult {
  id: number
  uuid: string
  topic: string
  start_time: string
  end_time: string
  participants_count: number
  total_minutes: number
  steps: number
  participants: { name: string; sessions: number }[]
  [key: string]: unknown
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

const YAML_SCENARIO = `
meeting:
  create:
    topic: Standup from YAML
duration_minutes: 15
participants:
  - name: Ada
    email: ada@guest.example
    join_offset_minutes: 0
  - name: Bert
    join_offset_minutes: 1
    leave_offset_minutes: 6
    rejoins:
      - join_offset_minutes: 8
        stay_minutes: 2
  - name: Cy
    join_offset_minutes: 2.5
    stay_minutes: 10
    share:
      - start_offset_minutes: 3
        minutes: 4
record:
  start_offset_minutes: 1
`

describe('simulate command', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'zoom-sim-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  describe('against a running server (--url)', () => {
    let t: TestServer
    before(async () => {
      t = await startTestServer()
    })
    after(() => t.close())
    /** Has the running server play the scenario in `file`, with the seeded app's credentials. */
    const simulate = (file: string) =>
      cli([
        'simulate',
        file,
        '--url',
        t.origin,
        '--client-id',
        t.seed.clientId,
        '--client-secret',
        t.seed.clientSecret,
        '--account-id',
        t.seed.accountId,
      ])

    it('has a running server play a YAML scenario ending now, showing progress; the server clock does not move', async () => {
      const now = t.clock.now()
      const startAt = now - 15 * MIN
      const file = join(dir, 'standup.yaml')
      writeFileSync(file, YAML_SCENARIO)
      const res = await simulate(file)
      assert.equal(res.code, 0, res.stderr)
      const result = JSON.parse(res.stdout) as SimulationResult
      assert.equal(result.topic, 'Standup from YAML')
      assert.equal(result.start_time, iso(startAt))
      assert.equal(result.end_time, iso(startAt + 15 * MIN))
      assert.equal(result.participants_count, 3)
      // Ada 15, Bert 5 + 2, Cy 10.
      assert.equal(result.total_minutes, 32)
      assert.deepEqual(
        result.participants.map((p) => [p.name, p.sessions]),
        [
          ['Ada', 1],
          ['Bert', 2],
          ['Cy', 1],
        ],
      )
      assert.equal(t.clock.now(), now)
      // Progress: one line per step, ending with the end.
      const lines = res.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('['))
      assert.equal(lines.length, result.steps)
      assert.match(lines[0], /\+00:00 {2}meeting \d+ started/)
      assert.match(must(lines.find((l) => l.includes('Cy joined'))), /\+02:30/)
      assert.match(lines[lines.length - 1], /\+15:00 {2}meeting ended: 3 participants, 32 minutes attended/)

      const token = await t.token()
      const past = await t.call('GET', `/v2/past_meetings/${result.id}`, { token })
      assert.equal(past.body.uuid, result.uuid)
      assert.equal(past.body.total_minutes, 32)
      const parts = items(
        (await t.call('GET', `/v2/past_meetings/${result.id}/participants`, { token })).body.participants,
      )
      assert.deepEqual(
        parts.map((p) => p.name),
        ['Ada', 'Bert', 'Cy', 'Bert'],
      )
      const recorded = find(await outboxEvents(t, 'recording.stopped'), (e) => e.payload.object.uuid === result.uuid)
      assert.equal(obj(recorded.payload.object.recording_file).recording_end, iso(startAt + 15 * MIN))
    })

    it('a scenario that does not fit together fails with the fields at fault; a bad file is refused before any call', async () => {
      const file = join(dir, 'bad.json')
      writeFileSync(
        file,
        JSON.stringify({
          meeting: { create: {} },
          duration_minutes: 10,
          participants: [{ name: 'Z', join_offset_minutes: 12 }],
        }),
      )
      let res = await simulate(file)
      assert.equal(res.code, 1)
      assert.match(res.stderr, /300 Validation Failed\. .*participants\.0\.join_offset_minutes/)
      writeFileSync(file, JSON.stringify({ meeting: { create: {} }, participants: 'none' }))
      res = await simulate(file)
      assert.equal(res.code, 1)
      assert.match(res.stderr, /is not a valid scenario/)
    })
  })

  it('in this process, on the database (the seeded app’s credentials, no server)', async () => {
    const db = join(dir, 'inproc.db')
    const file = join(dir, 'inproc.json')
    writeFileSync(
      file,
      JSON.stringify({
        meeting: { create: { topic: 'In process', type: 3 } },
        duration_minutes: 20,
        participants: [
          { name: 'P1', join_offset_minutes: 0 },
          { name: 'P2', join_offset_minutes: 5, leave_offset_minutes: 15 },
        ],
        qos: false,
      }),
    )
    const res = await cli(['simulate', file, '--json'], { DATABASE_URL: db })
    assert.equal(res.code, 0, res.stderr)
    assert.equal(res.stderr.split('\n').filter((l) => l.startsWith('[')).length, 0)
    const result = JSON.parse(res.stdout) as SimulationResult
    assert.equal(result.duration, 20)
    assert.equal(result.total_minutes, 30)

    // The server later opened on the same database reads the same instance.
    const t = await startTestServer({ databaseUrl: db, clock: new ManualClock(Date.now() + 60 * MIN) })
    try {
      const token = await t.token()
      const past = await t.call('GET', `/v2/past_meetings/${result.id}`, { token })
      assert.equal(past.status, 200)
      assert.equal(past.body.uuid, result.uuid)
      assert.equal(past.body.participants_count, 2)
      const qos = await t.server.svc.db.kysely
        .selectFrom('participant_qos')
        .selectAll()
        .where('instance_uuid', '=', result.uuid)
        .execute()
      assert.equal(qos.length, 0)
    } finally {
      await t.close()
    }
  })
})
