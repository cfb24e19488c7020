import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { FixturesBody, FixturesOut } from '../../schemas/simulator/fixtures.js'
import { FixtureLoad } from '../../sim/fixtures.js'

// Loads a fixtures document (the format `start --seed` reads) into the caller's account and its sub accounts,
// answering the ids of what it names by ref. Loading it again creates nothing twice.
export default defineOperation({
  id: 'simFixturesLoad',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/fixtures',
  summary: { en: 'Simulate: load fixtures', zh: '模拟：加载测试数据' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Heavy',
  body: FixturesBody,
  success: { status: 200, schema: FixturesOut },
  handle: ({ body, actor, svc }) => new FixtureLoad(svc, actor).run(body),
})
