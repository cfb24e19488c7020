import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { accountsClient } from '../helpers/rivet-accounts.js'
import { apiError } from '../helpers/rivet.js'
import { must, str } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const settings = {
  complete_phone_calls: true,
  file_transfer: false,
  im: true,
  in_meeting_chat: false,
  meeting: false,
  message_via_sms: true,
  recording: false,
  screen_share: false,
}

describe('Information Barriers through @zoom/rivet', () => {
  let t: TestServer
  let ib: ReturnType<typeof accountsClient>['endpoints']['informationBarriers']
  const groups: string[] = []

  before(async () => {
    t = await startTestServer()
    const token = await t.token()
    ib = accountsClient(t.origin, token).endpoints.informationBarriers
    for (const name of ['Traders', 'Analysts'])
      groups.push(str((await t.call('POST', '/v2/groups', { token, body: { name } })).body.id))
  })
  after(() => t.close())

  it('create, get, list, update and remove a policy', async () => {
    const created = await ib.createInformationBarrierPolicy({
      body: {
        assigned_group_id: groups[0],
        id: '',
        policy_name: 'Wall',
        settings,
        status: 1,
        to_group_id: groups[1],
        type: 2,
      },
    })
    assert.equal(created.statusCode, 201)
    const id = must(created.data).id
    assert.match(id, /^[A-Za-z0-9_-]{22}$/)
    const expected = {
      assigned_group_id: groups[0],
      id,
      policy_name: 'Wall',
      settings,
      status: 1,
      to_group_id: groups[1],
      type: 2,
    }
    assert.deepEqual(created.data, expected)

    const got = await ib.getInformationBarrierPolicyByID({ path: { policyId: id } })
    assert.equal(got.statusCode, 200)
    assert.deepEqual(got.data, expected)

    const list = await ib.listInformationBarrierPolicies({})
    assert.equal(list.statusCode, 200)
    assert.equal(list.data?.total_records, 1)
    assert.deepEqual(list.data?.policies, [expected])

    const updated = await ib.updateInformationBarriersPolicy({
      path: { policyId: id },
      body: {
        assigned_group_id: groups[1],
        id,
        policy_name: 'Wall 2',
        settings: { ...settings, meeting: true },
        status: 0,
        to_group_id: groups[0],
        type: 0,
      },
    })
    assert.equal(updated.statusCode, 204)
    const after = await ib.getInformationBarrierPolicyByID({ path: { policyId: id } })
    assert.deepEqual(after.data, {
      assigned_group_id: groups[1],
      id,
      policy_name: 'Wall 2',
      settings: { ...settings, meeting: true },
      status: 0,
      to_group_id: groups[0],
      type: 0,
    })

    const removed = await ib.removeInformationBarrierPolicy({ path: { policyId: id } })
    assert.equal(removed.statusCode, 204)
    await assert.rejects(ib.getInformationBarrierPolicyByID({ path: { policyId: id } }), (e) => {
      assert.deepEqual(apiError(e), {
        status: 404,
        code: 404,
        message: `Information Barriers policy does not exist: ${id}.`,
      })
      return true
    })
    assert.equal((await ib.listInformationBarrierPolicies({})).data?.total_records, 0)
  })

  it('refuses an unknown group (404/4130) and a bad type (400/300)', async () => {
    await assert.rejects(
      ib.createInformationBarrierPolicy({
        body: {
          assigned_group_id: groups[0],
          id: '',
          policy_name: 'x',
          settings,
          status: 1,
          to_group_id: 'missing',
          type: 1,
        },
      }),
      (e) => {
        assert.deepEqual(apiError(e), { status: 404, code: 4130, message: 'A group with this missing does not exist.' })
        return true
      },
    )
    await assert.rejects(
      ib.createInformationBarrierPolicy({
        body: {
          assigned_group_id: groups[0],
          id: '',
          policy_name: 'x',
          settings,
          status: 1,
          to_group_id: groups[1],
          type: 7 as 1,
        },
      }),
      (e) => {
        const err = apiError(e)
        assert.equal(err.status, 400)
        assert.equal(err.code, 300)
        return true
      },
    )
  })
})
