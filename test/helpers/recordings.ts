import assert from 'node:assert/strict'
import type { TestServer } from './server.js'

const MIN = 60_000

export interface RecordedMeeting {
  /** The meeting number. */
  id: number
  /** The instance uuid (the recording's `uuid`). */
  uuid: string
}

/**
 * Plays a meeting with a cloud recording through the simulator (as history ending now) and, unless `processed`
 * is false, moves the clock past processing so its files exist.
 */
export async function recordedMeeting(
  t: TestServer,
  token: string,
  opts: {
    topic?: string
    userId?: string
    minutes?: number
    record?: { start_offset_minutes: number; stop_offset_minutes?: number }
    participants?: unknown[]
    processed?: boolean
    meetingId?: number
  } = {},
): Promise<RecordedMeeting> {
  const minutes = opts.minutes ?? 20
  const res = await t.call<{ id: number; uuid: string }>('POST', '/sim/scenarios', {
    token,
    body: {
      meeting: opts.meetingId
        ? { id: opts.meetingId }
        : { create: { userId: opts.userId ?? 'me', topic: opts.topic ?? 'Recorded sync', type: 2 } },
      duration_minutes: minutes,
      participants: opts.participants ?? [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        { name: 'Lin Chen', email: 'lin@example.com', join_offset_minutes: 1 },
      ],
      record: opts.record ?? { start_offset_minutes: 1, stop_offset_minutes: minutes - 1 },
    },
  })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  if (opts.processed !== false) await processRecordings(t)
  return { id: res.body.id, uuid: res.body.uuid }
}

/** Moves the clock past the processing delay (and the transcript's) and lets the server complete what is due. */
export async function processRecordings(t: TestServer): Promise<void> {
  t.clock.advance(2 * t.config.recordingProcessingSeconds * 1000 + 1000)
  const { CloudRecordings } = await import('../../src/domain/cloud-recording/recordings.service.js')
  await t.server.svc.use(CloudRecordings).sweep()
}

export { MIN }
