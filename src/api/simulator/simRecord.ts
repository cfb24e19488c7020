import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimMeetingParams, SimRecordBody, SimRecordOut } from '../../schemas/simulator/schemas.js'
import { isoSeconds } from '../../util/time.js'

// The host starts, pauses, resumes or stops the cloud recording: recording.started / paused / resumed / stopped.
export default defineOperation({
  id: 'simRecord',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/record',
  summary: { en: 'Simulate: control the cloud recording', zh: '模拟：控制云录制' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  body: SimRecordBody,
  success: { status: 200, schema: SimRecordOut },
  async handle({ params, body, actor, svc }) {
    const rec = await svc.use(Simulator).record(actor, params.meetingId, body.action)
    return {
      status: rec.status,
      segments: rec.segments.map((x) => ({
        start: isoSeconds(x.start),
        end: x.end === null ? undefined : isoSeconds(x.end),
      })),
    }
  },
})
