import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { BackgroundPlays } from '../../sim/background.js'
import { ScenarioPlay } from '../../sim/runner.js'
import { SimScenarioBody, SimScenarioOut } from '../../schemas/simulator/schemas.js'

// Plays a whole scenario: by default into the recent past (ending now) without moving the clock; `advance_clock`
// moves the clock through it; `mode: realtime` answers 202 once the meeting has started and plays the rest live.
export default defineOperation({
  id: 'simScenarioPlay',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/scenarios',
  summary: { en: 'Simulate: play a scenario', zh: '模拟：运行场景' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Medium',
  body: SimScenarioBody,
  success: { status: 200, schema: SimScenarioOut },
  async handle({ body, actor, svc, request, reply }) {
    const play = await ScenarioPlay.start(svc, actor, body)
    if (play.mode !== 'realtime') return play.finish()
    svc.use(BackgroundPlays).start(
      (signal) => play.finish(signal),
      (err) => request.log.error({ err }, 'realtime scenario stopped'),
    )
    reply.status(202).send(play.live())
  },
})
