import assert from 'node:assert/strict'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { apiError } from '../helpers/rivet.js'
import { groupsClient } from '../helpers/rivet-groups.js'
import { asSettings, items, must, obj } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Rivet's upload endpoint puts each body member into a `form-data` form; a file goes in as a read stream. The
// declared type says string, hence the cast.
const asFile = (path: string) => createReadStream(path) as unknown as string
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(25)])

describe('Groups through @zoom/rivet', () => {
  let t: TestServer
  let groups: ReturnType<typeof groupsClient>
  let dir: string
  const members: Array<{ id: string; email: string }> = []

  before(async () => {
    t = await startTestServer()
    groups = groupsClient(t.origin, await t.token())
    dir = mkdtempSync(join(tmpdir(), 'zoom-groups-'))
    for (let i = 0; i < 3; i++) {
      const u = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: `sdk${i}@example.com`,
        type: 2,
        first_name: `Sdk${i}`,
      })
      members.push({ id: u.id, email: u.email })
    }
  })
  after(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('createGroup, getGroup, updateGroup, listGroups, deleteGroup', async () => {
    const created = await groups.createGroup({ body: { name: 'Rivet group' } })
    assert.equal(created.statusCode, 201)
    const id = must(must(created.data).id)
    assert.deepEqual((await groups.getGroup({ path: { groupId: id } })).data, {
      id,
      name: 'Rivet group',
      total_members: 0,
    })
    const updated = await groups.updateGroup({ path: { groupId: id }, body: { name: 'Rivet group 2' } })
    assert.equal(updated.statusCode, 204)
    const list = await groups.listGroups({ query: { page_size: 10 } })
    assert.deepEqual(
      list.data?.groups?.map((g) => g.name),
      ['Rivet group 2'],
    )
    assert.equal(list.data?.total_records, 1)
    await assert.rejects(groups.createGroup({ body: { name: 'Rivet group 2' } }), (e) => {
      assert.deepEqual(apiError(e), {
        status: 409,
        code: 4132,
        message: 'The group name "Rivet group 2" is already in use.',
      })
      return true
    })
    assert.equal((await groups.deleteGroup({ path: { groupId: id } })).statusCode, 204)
    await assert.rejects(groups.getGroup({ path: { groupId: id } }), (e) => {
      assert.equal(apiError(e).code, 4130)
      return true
    })
  })

  it('addGroupMembers, listGroupMembers, updateGroupMember, deleteGroupMember', async () => {
    const a = must(must((await groups.createGroup({ body: { name: 'Members A' } })).data).id)
    const b = must(must((await groups.createGroup({ body: { name: 'Members B' } })).data).id)
    const added = await groups.addGroupMembers({
      path: { groupId: a },
      body: { members: [{ id: members[0].id }, { email: members[1].email }] },
    })
    assert.equal(added.statusCode, 201)
    assert.equal(added.data?.ids, `${members[0].id},${members[1].id}`)
    const listed = await groups.listGroupMembers({ path: { groupId: a }, query: { page_size: 1 } })
    assert.equal(listed.data?.total_records, 2)
    assert.equal(listed.data?.members?.length, 1)
    assert.equal(listed.data?.members?.[0]?.first_name, 'Sdk0')
    const next = await groups.listGroupMembers({
      path: { groupId: a },
      query: { page_size: 1, next_page_token: must(must(listed.data).next_page_token) },
    })
    assert.equal(next.data?.members?.[0]?.id, members[1].id)
    const moved = await groups.updateGroupMember({
      path: { groupId: a, memberId: members[0].id },
      body: { action: 'move', target_group_id: b },
    })
    assert.equal(moved.statusCode, 204)
    assert.deepEqual(
      (await groups.listGroupMembers({ path: { groupId: b } })).data?.members?.map((m) => m.id),
      [members[0].id],
    )
    assert.equal((await groups.deleteGroupMember({ path: { groupId: a, memberId: members[1].id } })).statusCode, 204)
    assert.equal((await groups.getGroup({ path: { groupId: a } })).data?.total_members, 0)
    await assert.rejects(
      groups.updateGroupMember({ path: { groupId: b, memberId: members[0].id }, body: { action: 'move' } }),
      (e) => {
        assert.deepEqual(apiError(e), { status: 400, code: 300, message: 'The target_group_id can not be empty.' })
        return true
      },
    )
  })

  it('addGroupAdmins, listGroupAdmins, deleteGroupAdmin', async () => {
    const id = must(must((await groups.createGroup({ body: { name: 'Admins' } })).data).id)
    const added = await groups.addGroupAdmins({ path: { groupId: id }, body: { admins: [{ id: members[2].id }] } })
    assert.equal(added.statusCode, 201)
    assert.deepEqual((await groups.listGroupAdmins({ path: { groupId: id } })).data?.admins, [
      { email: members[2].email, name: 'Sdk2' },
    ])
    assert.equal((await groups.deleteGroupAdmin({ path: { groupId: id, userId: members[2].id } })).statusCode, 204)
    await assert.rejects(groups.deleteGroupAdmin({ path: { groupId: id, userId: members[2].id } }), (e) => {
      assert.equal(apiError(e).code, 4138)
      return true
    })
  })

  it('getGroupsSettings, updateGroupsSettings, getLockedSettings, updateLockedSettings', async () => {
    const id = must(must((await groups.createGroup({ body: { name: 'Settings' } })).data).id)
    assert.equal(
      (
        await groups.updateGroupsSettings({
          path: { groupId: id },
          body: { schedule_meeting: { join_before_host: true } },
        })
      ).statusCode,
      204,
    )
    const doc = asSettings((await groups.getGroupsSettings({ path: { groupId: id } })).data)
    assert.equal(doc.schedule_meeting.join_before_host, true)
    const security = asSettings(
      (await groups.getGroupsSettings({ path: { groupId: id }, query: { option: 'meeting_security' } })).data,
    )
    assert.equal(typeof security.meeting_security.waiting_room, 'boolean')
    assert.equal(
      (
        await groups.updateLockedSettings({
          path: { groupId: id },
          body: { schedule_meeting: { join_before_host: true } },
        })
      ).statusCode,
      204,
    )
    const locks = asSettings((await groups.getLockedSettings({ path: { groupId: id } })).data)
    assert.equal(locks.schedule_meeting.join_before_host, true)
    assert.equal(locks.schedule_meeting.host_video, false)
  })

  it('getGroupsWebinarRegistrationSettings and updateGroupsWebinarRegistrationSettings', async () => {
    const id = must(must((await groups.createGroup({ body: { name: 'Registration' } })).data).id)
    const res = await groups.updateGroupsWebinarRegistrationSettings({
      path: { groupId: id },
      query: { type: 'webinar' },
      body: { approve_type: 1, questions: [{ field_name: 'org', selected: true }] },
    })
    assert.equal(res.statusCode, 204)
    const doc = must(
      (await groups.getGroupsWebinarRegistrationSettings({ path: { groupId: id }, query: { type: 'webinar' } })).data,
    )
    assert.equal(doc.approve_type, 1)
    assert.deepEqual(
      doc.questions?.find((q) => q.field_name === 'org'),
      { field_name: 'org', required: false, selected: true },
    )
  })

  it('uploadVirtualBackgroundFiles (201) and deleteVirtualBackgroundFiles (204)', async () => {
    const id = must(must((await groups.createGroup({ body: { name: 'Backgrounds' } })).data).id)
    const path = join(dir, 'office.png')
    writeFileSync(path, png())
    const res = await groups.uploadVirtualBackgroundFiles({ path: { groupId: id }, body: { file: asFile(path) } })
    assert.equal(res.statusCode, 201)
    assert.equal(res.data?.name, 'office.png')
    assert.equal(res.data?.type, 'image')
    const files = items(
      obj(
        asSettings((await groups.getGroupsSettings({ path: { groupId: id } })).data).in_meeting
          .virtual_background_settings,
      ).files,
    )
    assert.deepEqual(
      files.map((f) => f.id),
      [must(res.data).id],
    )
    assert.equal(
      (
        await groups.deleteVirtualBackgroundFiles({
          path: { groupId: id },
          query: { file_ids: must(must(res.data).id) },
        })
      ).statusCode,
      204,
    )
    await assert.rejects(
      groups.deleteVirtualBackgroundFiles({ path: { groupId: id }, query: { file_ids: must(must(res.data).id) } }),
      (e) => {
        assert.equal(apiError(e).code, 300)
        return true
      },
    )
  })
})
