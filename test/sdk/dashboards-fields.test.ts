import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { assertLegs, assertMemberMachine, assertNoMachine, machine } from '../helpers/dashboards.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { find, must, num, str } from '../helpers/json.js'
import { accountsClient } from '../helpers/rivet-accounts.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

type Dashboards = ReturnType<typeof accountsClient>['endpoints']['dashboards']
describe('Dashboard custom keys, tracking fields, machine details and connector legs through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let dashboards: Dashboards
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    dashboards = accountsClient(t.origin, token).endpoints.dashboards
  })
  after(() => t.close())

  const play = async (scenario: unknown) => {
    const played = await t.call('POST', '/sim/scenarios', { token, body: scenario })
    assert.equal(played.status, 200, played.text)
    return { id: num(played.body.id), uuid: str(played.body.uuid) }
  }
  const window = () => ({ from: day(t.clock.now() - DAY), to: day(t.clock.now()) })
  // Two people, so the instance lists among the held meetings rather than the one-person ones.
  const hostAndGuest = () => [
    { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
    { name: 'Guest', join_offset_minutes: 1 },
  ]

  it('meeting rows carry the meeting’s custom keys, and its tracking fields when include_fields asks', async () => {
    const meetings = meetingsClient(t.origin, token).endpoints
    await meetings.trackingField.createTrackingField({ body: { field: 'Programme' } })
    const created = await meetings.meetings.createMeeting({
      path: { userId: 'me' },
      body: {
        topic: 'Keyed through rivet',
        type: 2,
        start_time: '2026-12-10T10:00:00Z',
        tracking_fields: [{ field: 'Programme', value: 'Onboarding' }],
      },
    })
    const meetingId = must(created.data?.id)
    // The SDK's create body has no settings.custom_keys; its update body has.
    const keyed = await meetings.meetings.updateMeeting({
      path: { meetingId },
      body: {
        settings: {
          custom_keys: [
            { key: 'Region', value: 'EMEA' },
            { key: 'Cost code', value: '4411' },
          ],
        },
      },
    })
    assert.equal(keyed.statusCode, 204)
    const stored = must((await meetings.meetings.getMeeting({ path: { meetingId } })).data)
    const storedKeys = must(stored.settings?.custom_keys)
    assert.equal(storedKeys.length, 2)
    const storedFields = must(stored.tracking_fields).map(({ field, value }) => ({ field, value }))
    assert.deepEqual(storedFields, [{ field: 'Programme', value: 'Onboarding' }])

    const { uuid } = await play({
      meeting: { id: meetingId },
      duration_minutes: 10,
      participants: hostAndGuest(),
    })
    const bare = await play({
      meeting: { create: { topic: 'Unkeyed', type: 2 } },
      duration_minutes: 5,
      participants: hostAndGuest(),
    })

    const plain = await dashboards.listMeetings({ query: { type: 'past', ...window() } })
    assert.equal(plain.statusCode, 200)
    const plainRow = find(plain.data?.meetings, (m) => m.uuid === uuid)
    assert.deepEqual(plainRow.custom_keys, storedKeys)
    assert.equal(plainRow.tracking_fields, undefined)

    const asked = await dashboards.listMeetings({
      query: { type: 'past', ...window(), include_fields: 'tracking_fields' },
    })
    assert.equal(asked.statusCode, 200)
    const row = find(asked.data?.meetings, (m) => m.uuid === uuid)
    assert.deepEqual(row.custom_keys, storedKeys)
    assert.deepEqual(row.tracking_fields, storedFields)
    const other = find(asked.data?.meetings, (m) => m.uuid === bare.uuid)
    assert.deepEqual(other.tracking_fields, [])
    assert.equal(other.custom_keys, undefined)

    const detail = await dashboards.getMeetingDetails({
      path: { meetingId: encodeURIComponent(encodeURIComponent(uuid)) },
      query: { type: 'past' },
    })
    assert.equal(detail.statusCode, 200)
    assert.deepEqual(detail.data?.custom_keys, storedKeys)
    const byNumber = await dashboards.getMeetingDetails({
      path: { meetingId: String(meetingId) },
      query: { type: 'past' },
    })
    assert.deepEqual(byNumber.data?.custom_keys, storedKeys)
  })

  it('machine details equal in the participants and QoS answers; room systems carry SIP URIs and connector legs', async () => {
    const rooms = meetingsClient(t.origin, token).endpoints.h323Devices
    const sipRoom = must(
      (
        await rooms.createHSIPDevice({
          body: { name: 'Rivet SIP room', protocol: 'SIP', ip: 'huddle@example.com', encryption: 'auto' },
        })
      ).data?.id,
    )
    const h323Room = must(
      (
        await rooms.createHSIPDevice({
          body: { name: 'Rivet H.323 room', protocol: 'H.323', ip: '10.70.0.9', encryption: 'auto' },
        })
      ).data?.id,
    )
    const { id } = await play({
      meeting: { create: { topic: 'Fields through rivet', type: 2 } },
      duration_minutes: 4,
      participants: [
        { name: 'Owner', user_id: ownerId, device: 'Windows', join_offset_minutes: 0 },
        { name: 'Mac guest', device: 'Mac', join_offset_minutes: 0 },
        { name: 'SIP room', device_id: sipRoom, join_offset_minutes: 0 },
        { name: 'H.323 room', device_id: h323Room, join_offset_minutes: 0 },
      ],
    })
    const meetingId = String(id)
    const listed = await dashboards.listMeetingParticipants({ path: { meetingId }, query: { type: 'past' } })
    assert.equal(listed.statusCode, 200)
    const rows = must(listed.data?.participants)
    assert.equal(rows.length, 4)
    const byName = (name: string) => find(rows, (r) => r.user_name === name, name)
    const owner = byName('Owner')
    const sip = byName('SIP room')
    const h323 = byName('H.323 room')
    const mac = byName('Mac guest')

    assertMemberMachine(owner, t.seed.ownerEmail)
    assert.equal(owner.full_data_center, `${must(owner.data_center)};`)
    for (const room of [sip, h323]) {
      assert.equal(room.device, 'H.323/SIP')
      assert.equal(room.full_data_center, `${must(room.data_center)};${must(room.data_center)} (CRC);`)
    }
    assert.equal(sip.sip_uri, 'sip:huddle@example.com')
    assert.equal(sip.from_sip_uri, 'sip:huddle@example.com')
    for (const r of [owner, mac, h323]) assert.deepEqual([r.sip_uri, r.from_sip_uri], [undefined, undefined])
    // A guest's computer and a room system are not the account's to describe.
    for (const r of [mac, sip, h323]) assertNoMachine(r, must(r.user_name))

    const qosList = await dashboards.listMeetingParticipantsQoS({
      path: { meetingId },
      query: { type: 'past', page_size: 10 },
    })
    assert.equal(qosList.statusCode, 200)
    const qosRows = must(qosList.data?.participants)
    for (const r of rows) {
      const participantId = must(r.user_id)
      const one = await dashboards.getMeetingParticipantQoS({
        path: { meetingId, participantId },
        query: { type: 'past' },
      })
      assert.equal(one.statusCode, 200)
      const data = must(one.data)
      assert.deepEqual(machine(data), machine(r), r.user_name)
      assert.deepEqual(machine(find(qosRows, (q) => q.user_id === participantId)), machine(r), r.user_name)
      const samples = must(data.user_qos)
      assert.equal(samples.length, 4, r.user_name)
      for (const sample of samples) assertLegs(sample, r === sip || r === h323, must(r.user_name))
    }
  })

  it('webinar participants and their QoS answers show the same machine details', async () => {
    const { id } = await play({
      webinar: { create: { topic: 'Webinar fields through rivet' } },
      duration_minutes: 3,
      participants: [
        { name: 'Host', user_id: ownerId, device: 'Mac', join_offset_minutes: 0 },
        { name: 'Viewer', email: 'viewer@guests.example', join_offset_minutes: 1 },
      ],
    })
    const webinarId = String(id)
    const listed = await dashboards.getWebinarParticipants({ path: { webinarId }, query: { type: 'past' } })
    assert.equal(listed.statusCode, 200)
    const rows = must(listed.data?.participants)
    assert.equal(rows.length, 2)
    const host = find(rows, (r) => r.user_name === 'Host')
    assert.ok(host.mac_addr && host.harddisk_id && host.domain)
    // Zoom's webinars take no custom keys, so their dashboard row has none.
    const detail = await dashboards.getWebinarDetails({ path: { webinarId }, query: { type: 'past' } })
    assert.equal(detail.statusCode, 200)
    assert.equal(detail.data?.custom_keys, undefined)
    for (const r of rows) {
      const participantId = must(r.user_id)
      const one = await dashboards.getWebinarParticipantQoS({
        path: { webinarId, participantId },
        query: { type: 'past' },
      })
      assert.deepEqual(machine(must(one.data)), machine(r), r.user_name)
      assert.ok(must(r.full_data_center).startsWith(`${must(r.data_center)};`), r.user_name)
      for (const sample of must(one.data?.user_qos)) assertLegs(sample, false, must(r.user_name))
    }
  })
})
