import { isAdjustable } from '../../clock.js'

import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { SimClockOut } from '../../schemas/simulator/schemas.js'
import { isoSeconds } from '../../util/time.js'

// The server clock, and whether the simulator can move it.
export default defineOperation({
  id: 'simClock',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/clock',
  summary: { en: 'Simulate: read the server clock', zh: '模拟：读取服务器时钟' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 200, schema: SimClockOut },
  handle({ svc }) {
    const now = svc.clock.now()
    return { now: isoSeconds(now), now_ms: now, adjustable: isAdjustable(svc.clock) }
  },
})
