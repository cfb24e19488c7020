import assert from 'node:assert/strict'
import { str } from './json.js'
import type { TestServer } from './server.js'

/**
 * A moment as Zoom's reports write it, "MM/dd/yyyy HH:mm" in UTC. Spelled out here rather than taken from the
 * server's own formatter, so a test of that formatter can fail.
 */
export function reportMinute(ms: number): string {
  const at = new Date(ms).toISOString()
  return `${at.slice(5, 7)}/${at.slice(8, 10)}/${at.slice(0, 4)} ${at.slice(11, 16)}`
}

/**
 * Plays a five-minute meeting of the owner and a guest, without custom keys or tracking fields, ending now. Two
 * people, since the reports and dashboards of held meetings leave out meetings of one. Returns the instance's uuid.
 */
export async function plainMeeting(t: TestServer, token: string, topic: string): Promise<string> {
  const played = await t.call('POST', '/sim/scenarios', {
    token,
    body: {
      meeting: { create: { topic, type: 2 } },
      duration_minutes: 5,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        { name: 'Guest', join_offset_minutes: 1 },
      ],
    },
  })
  assert.equal(played.status, 200, JSON.stringify(played.body))
  return str(played.body.uuid)
}
