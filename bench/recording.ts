// The cost of a 60-minute meeting's recording files against the cost of simulating that meeting, both on this
// process's one thread: the simulation is the POST /sim/scenarios request that writes the meeting (sessions, QoS
// samples, recording steps); generating is what the server does for its recording: read the instance, plan the
// files (sizes) and build every byte of every file, as serving them all once would.
import { performance } from 'node:perf_hooks'
import { CloudRecordings } from '../src/domain/cloud-recording/recordings.service.js'
import { fileBody, isFileType, planFiles } from '../src/domain/cloud-recording/files.js'
import { hydrateRecording } from '../src/domain/cloud-recording/model.js'
import { startFull } from './targets.js'

const MINUTES = 60
const PEOPLE = 12

export interface RecordingBench {
  simulateMs: number[]
  generateMs: number[]
  bytes: number
  files: number
}

function scenario(ownerEmail: string) {
  const participants = Array.from({ length: PEOPLE }, (_, i) => ({
    name: i === 0 ? 'Host' : `Participant ${i}`,
    ...(i === 0 ? { email: ownerEmail } : { email: `p${i}@example.com` }),
    join_offset_minutes: i === 0 ? 0 : i % 5,
    ...(i % 4 === 3 ? { rejoins: [{ join_offset_minutes: 40 }], leave_offset_minutes: 30 } : {}),
  }))
  return {
    meeting: { create: { userId: 'me', topic: 'Bench recording', type: 2 } },
    duration_minutes: MINUTES,
    participants,
    record: { start_offset_minutes: 0 },
    qos: true,
  }
}

export async function benchRecording(
  dbFile: string,
  rounds: number,
  log: (s: string) => void,
): Promise<RecordingBench> {
  const full = await startFull(dbFile)
  const server = full.server
  try {
    const origin = full.url
    const token = full.token
    const ownerEmail = server.svc.config.seed.ownerEmail
    const recordings = server.svc.use(CloudRecordings)
    const out: RecordingBench = { simulateMs: [], generateMs: [], bytes: 0, files: 0 }
    for (let r = 1; r <= rounds; r++) {
      const t0 = performance.now()
      const res = await fetch(`${origin}/sim/scenarios`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(scenario(ownerEmail)),
      })
      const played = (await res.json()) as { uuid?: string }
      out.simulateMs.push(performance.now() - t0)
      if (res.status !== 200 || !played.uuid)
        throw new Error(`POST /sim/scenarios: ${res.status} ${JSON.stringify(played)}`)

      const row = await recordings.repo.byUuid(played.uuid)
      if (!row) throw new Error('the played meeting left no recording')
      const rec = hydrateRecording(row)
      const t1 = performance.now()
      const source = await recordings.source(rec)
      let bytes = 0
      const planned = planFiles(rec.doc, source)
      for (const f of planned) {
        const spans = rec.doc.sets[f.set_index]?.spans ?? []
        if (!isFileType(f.file_type)) continue
        const body = fileBody(f.file_type, spans, f.set_index, source)
        bytes += body.read(0, body.size - 1).length
      }
      out.generateMs.push(performance.now() - t1)
      out.bytes = bytes
      out.files = planned.length
      log(
        `  recording round ${r}/${rounds}: simulate ${out.simulateMs.at(-1)?.toFixed(0)} ms, generate ${out.generateMs.at(-1)?.toFixed(0)} ms (${planned.length} files, ${(bytes / 1e6).toFixed(1)} MB)`,
      )
    }
    return out
  } finally {
    await full.close()
  }
}
