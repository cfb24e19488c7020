import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import type { TestServer } from '../helpers/server.js'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Team Chat, client version and Room Connector dashboards through the Accounts SDK', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  it('reads chat metrics, client versions and CRC port usage', async () => {
    const dashboards = accountsClient(t.origin, token).endpoints.dashboards
    const sent = await t.call('POST', '/sim/users/me/chat_activity', {
      token,
      body: { kind: 'file', sent_to: 'channel', count: 2 },
    })
    assert.equal(sent.status, 201)
    const window = { from: day(t.clock.now()), to: day(t.clock.now()) }

    const chat = await dashboards.getChatMetrics({ query: window })
    assert.equal(chat.statusCode, 200)
    const mine = chat.data?.users?.find((u) => u.user_id === ownerId)
    assert.equal(mine?.files_sent, 2)
    assert.equal(mine?.group_sent, 2)
    assert.equal(mine?.total_sent, 2)

    const versions = await dashboards.listClientVersions({})
    assert.equal(versions.statusCode, 200)
    assert.deepEqual(versions.data?.client_versions, [])

    const crc = await dashboards.getCRCPortUsage({ query: window })
    assert.equal(crc.statusCode, 200)
    assert.equal(crc.data?.crc_ports_usage?.[0]?.date_time, window.from)
    assert.equal(crc.data?.crc_ports_usage?.[0]?.crc_ports_hour_usage?.length, 24)
  })
})
