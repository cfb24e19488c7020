import { defineOperation } from '../../http/operation.js';
import { localDriver } from '../../sim/drivers.js';
import { playScenario } from '../../sim/runner.js';
import { SimScenarioBody, SimScenarioOut } from './schemas.js';

// Plays a whole scenario in one call: the meeting from start to end, with the clock moved step by step.
export default defineOperation({
  id: 'simScenarioPlay',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/scenarios',
  summary: { en: 'Simulate: play a scenario', zh: '模拟：运行场景' },
  scopes: ['simulator:write:admin'],
  rateLimit: 'Medium',
  body: SimScenarioBody,
  success: { status: 200, schema: SimScenarioOut },
  async handle({ body, actor, svc }) {
    return playScenario(body, localDriver(svc, actor));
  },
});
