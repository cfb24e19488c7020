import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addCollaborationDevice } from '../../src/domain/users/devices.js'
import { apiError, usersClient } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('assistants, schedulers, devices and features through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof usersClient>
  const ids: Record<string, string> = {}
  before(async () => {
    t = await startTestServer()
    client = usersClient(t.origin, await t.token())
    for (const [name, type] of [
      ['chief', 2],
      ['aide', 2],
      ['deputy', 2],
      ['plain', 1],
    ] as const) {
      const res = await client.endpoints.users.createUsers({
        body: { action: 'custCreate', user_info: { email: `${name}@example.com`, type } },
      })
      ids[name] = must(must(res.data).id)
    }
  })
  after(() => t.close())

  it('addAssistants → listUserAssistants → listUserSchedulers', async () => {
    const added = await client.endpoints.users.addAssistants({
      path: { userId: must(ids.chief) },
      body: { assistants: [{ id: ids.aide, can_manage_host_private_event: true }, { email: 'deputy@example.com' }] },
    })
    assert.equal(added.statusCode, 201)
    assert.equal(added.data?.ids, `${ids.aide},${ids.deputy}`)
    assert.match(added.data?.add_at ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const list = await client.endpoints.users.listUserAssistants({ path: { userId: must(ids.chief) } })
    assert.equal(list.statusCode, 200)
    const got = new Map(list.data?.assistants?.map((a) => [a.id, a]))
    assert.deepEqual(got.get(ids.aide), {
      id: ids.aide,
      email: 'aide@example.com',
      can_manage_host_private_event: true,
    })
    assert.deepEqual(got.get(ids.deputy), {
      id: ids.deputy,
      email: 'deputy@example.com',
      can_manage_host_private_event: false,
    })
    assert.equal(got.size, 2)

    const sched = await client.endpoints.users.listUserSchedulers({ path: { userId: must(ids.aide) } })
    assert.equal(sched.data?.schedulers?.length, 1)
    assert.equal(sched.data?.schedulers?.[0]?.id, ids.chief)
    assert.equal(sched.data?.schedulers?.[0]?.email, 'chief@example.com')
    assert.equal(typeof sched.data?.schedulers?.[0]?.pmi, 'number')
  })

  it('addAssistants errors reach rivet as 400/200', async () => {
    await assert.rejects(
      client.endpoints.users.addAssistants({
        path: { userId: must(ids.chief) },
        body: { assistants: [{ id: ids.plain }] },
      }),
      (e) => {
        const err = apiError(e)
        assert.equal(err.status, 400)
        assert.equal(err.code, 200)
        assert.equal(err.message, 'The user must either be a Licensed user or an On-prem user : plain@example.com.')
        return true
      },
    )
    await assert.rejects(
      client.endpoints.users.addAssistants({
        path: { userId: must(ids.chief) },
        body: { assistants: [{ id: ids.chief }] },
      }),
      (e) => {
        assert.equal(apiError(e).message, "Can't assign scheduling privilege to yourself.")
        return true
      },
    )
  })

  it('deleteUserAssistant and deleteScheduler remove one link each', async () => {
    const del = await client.endpoints.users.deleteUserAssistant({
      path: { userId: must(ids.chief), assistantId: must(ids.deputy) },
    })
    assert.equal(del.statusCode, 204)
    let list = await client.endpoints.users.listUserAssistants({ path: { userId: must(ids.chief) } })
    assert.deepEqual(
      list.data?.assistants?.map((a) => a.id),
      [ids.aide],
    )

    const ds = await client.endpoints.users.deleteScheduler({
      path: { userId: must(ids.aide), schedulerId: must(ids.chief) },
    })
    assert.equal(ds.statusCode, 204)
    list = await client.endpoints.users.listUserAssistants({ path: { userId: must(ids.chief) } })
    assert.deepEqual(list.data?.assistants, [])

    await assert.rejects(
      client.endpoints.users.deleteUserAssistant({ path: { userId: must(ids.chief), assistantId: must(ids.deputy) } }),
      (e) => {
        const err = apiError(e)
        assert.equal(err.status, 404)
        assert.equal(err.code, 1001)
        return true
      },
    )
  })

  it('deleteUserAssistants and deleteUserSchedulers clear everything', async () => {
    await client.endpoints.users.addAssistants({
      path: { userId: must(ids.chief) },
      body: { assistants: [{ id: ids.aide }] },
    })
    await client.endpoints.users.addAssistants({
      path: { userId: must(ids.deputy) },
      body: { assistants: [{ id: ids.aide }] },
    })
    let sched = await client.endpoints.users.listUserSchedulers({ path: { userId: must(ids.aide) } })
    assert.equal(sched.data?.schedulers?.length, 2)

    const all = await client.endpoints.users.deleteUserSchedulers({ path: { userId: must(ids.aide) } })
    assert.equal(all.statusCode, 204)
    sched = await client.endpoints.users.listUserSchedulers({ path: { userId: must(ids.aide) } })
    assert.deepEqual(sched.data?.schedulers, [])

    await client.endpoints.users.addAssistants({
      path: { userId: must(ids.chief) },
      body: { assistants: [{ id: ids.aide }, { id: ids.deputy }] },
    })
    const cleared = await client.endpoints.users.deleteUserAssistants({ path: { userId: must(ids.chief) } })
    assert.equal(cleared.statusCode, 204)
    const list = await client.endpoints.users.listUserAssistants({ path: { userId: must(ids.chief) } })
    assert.deepEqual(list.data?.assistants, [])
  })

  it('listUsersCollaborationDevices and getCollaborationDeviceDetail', async () => {
    const empty = await client.endpoints.users.listUsersCollaborationDevices({ path: { userId: must(ids.chief) } })
    assert.deepEqual(empty.data, { total_records: 0, collaboration_devices: [] })

    const dev = await addCollaborationDevice(t.server.svc, t.seed.accountId, must(ids.chief), {
      device_name: 'Den',
      room_name: 'Den Room',
      room_user_id: 'r1',
      status: 'Online',
    })
    const list = await client.endpoints.users.listUsersCollaborationDevices({ path: { userId: must(ids.chief) } })
    assert.equal(list.data?.total_records, 1)
    assert.deepEqual(list.data?.collaboration_devices?.[0], {
      id: dev.id,
      device_name: 'Den',
      room_name: 'Den Room',
      room_user_id: 'r1',
      status: 'Online',
    })

    const one = await client.endpoints.users.getCollaborationDeviceDetail({
      path: { userId: 'chief@example.com', collaborationDeviceId: dev.id },
    })
    assert.equal(one.statusCode, 200)
    assert.equal(one.data?.device_name, 'Den')

    await assert.rejects(
      client.endpoints.users.getCollaborationDeviceDetail({
        path: { userId: must(ids.chief), collaborationDeviceId: 'missing' },
      }),
      (e) => {
        const err = apiError(e)
        assert.equal(err.status, 404)
        assert.equal(err.code, 1238)
        return true
      },
    )
  })

  it('bulkUpdateFeaturesForUsers reports successes and failures', async () => {
    const res = await client.endpoints.users.bulkUpdateFeaturesForUsers({
      body: {
        feature_type: 'zoom_events',
        feature_value: '1000',
        users: [{ id: ids.chief }, { email: 'plain@example.com' }, { email: 'nobody@example.com' }],
      },
    })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.data?.success_user_ids, [ids.chief])
    assert.deepEqual(res.data?.fail_details, [
      { user_ids: [ids.plain], reason: "Can't update for free users" },
      { user_ids: ['nobody@example.com'], reason: 'Users not found' },
    ])
    const chief = await t.server.svc.users.byId(t.seed.accountId, must(ids.chief))
    assert.deepEqual(chief?.doc.feature, { zoom_events: true, zoom_events_capacity: 1000 })

    const down = await client.endpoints.users.bulkUpdateFeaturesForUsers({
      body: { feature_type: 'user_type', feature_value: '1', users: [{ id: ids.deputy }] },
    })
    assert.deepEqual(down.data, { success_user_ids: [ids.deputy], fail_details: [] })
    const got = await client.endpoints.users.getUser({ path: { userId: must(ids.deputy) } })
    assert.equal(got.data?.type, 1)
  })
})
