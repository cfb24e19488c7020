import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimAdvanceBody, SimClockOut } from '../../schemas/simulator/schemas.js'
import { isoSeconds } from '../../util/time.js'

// Moves the server clock forward for every account (stored, so a restart keeps it): tokens, page tokens,
// meetings and events all see the new time. Nothing else moves it.
export default defineOperation({
  id: 'simClockAdvance',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/clock/advance',
  summary: { en: 'Simulate: move the server clock forward', zh: '模拟：将服务器时钟向前拨' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  body: SimAdvanceBody,
  success: { status: 200, schema: SimClockOut },
  async handle({ body, svc }) {
    const now = await svc.use(Simulator).advance(body.ms)
    return { now: isoSeconds(now), now_ms: now, adjustable: true }
  },
})
