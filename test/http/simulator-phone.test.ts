import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Simulator } from '../../src/sim/simulator.js'
import { createMeeting, startWithToken } from '../helpers/fixtures.js'
import { at, find, items, obj, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const GB_NUMBERS = ['+44 2034815237', '+44 2034815240']
const US_NUMBERS = [
  '+1 6465588656',
  '+1 6699006833',
  '+1 3126266799',
  '+1 3462487799',
  '+1 2532158782',
  '+1 3017158592',
]

describe('Simulator: participants by phone and from H.323/SIP devices', () => {
  let t: TestServer
  let token: string

  const device = async (body: Json) => {
    const res = await t.call('POST', '/v2/h323/devices', { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return str(res.body.id)
  }
  const join = async (meetingId: number, body: Json) => {
    const res = await t.call('POST', `/sim/meetings/${meetingId}/participants`, { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  /** The account's legs with their sessions' times, as a telephone usage report reads them. */
  const legsBetween = (from: number, to: number) =>
    t.server.svc.use(Simulator).legs.repo.between(t.seed.accountId, from, to)

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('step by step: toll, toll-free, call-out and SIP lines and a room system join, leave, rejoin; the legs are kept', async () => {
    const roomId = await device({ name: 'Board room', protocol: 'H.323', ip: '10.30.0.1', encryption: 'auto' })
    const meetingId = await createMeeting(t, token, { topic: 'Phones', type: 3 })
    const start = await t.call('POST', `/sim/meetings/${meetingId}/start`, { token })
    assert.equal(start.status, 200)
    const t0 = t.clock.now()

    const toll = await join(meetingId, { phone: { type: 'toll', number: '+44 20 7946 0000' } })
    // Nobody named the caller: Zoom shows the number.
    assert.equal(toll.name, '+44 20 7946 0000')
    assert.equal(toll.device, 'Phone')
    const tollLeg = obj(toll.audio)
    assert.equal(tollLeg.type, 'toll')
    assert.equal(tollLeg.phone_number, '+44 20 7946 0000')
    assert.equal(tollLeg.country, 'GB')
    assert.ok(GB_NUMBERS.includes(str(tollLeg.call_in_number)), String(tollLeg.call_in_number))

    const callOut = await join(meetingId, { name: 'Dana (mobile)', phone: { type: 'call_out', country: 'de' } })
    assert.equal(callOut.name, 'Dana (mobile)')
    assert.deepEqual(Object.keys(obj(callOut.audio)).sort(), ['country', 'phone_number', 'type'])
    assert.equal(obj(callOut.audio).type, 'call_out')
    assert.equal(obj(callOut.audio).country, 'DE')
    assert.match(str(obj(callOut.audio).phone_number), /^\+49 555[0-9]{7}$/)

    const owner = await join(meetingId, {
      email: t.seed.ownerEmail,
      phone: { type: 'toll_free', number: '+1 (212) 555-0100' },
    })
    // A user of the account keeps their name on the phone.
    assert.equal(owner.name, 'Account Owner')
    assert.ok(owner.id)
    assert.deepEqual(owner.audio, { type: 'toll_free', phone_number: '+1 (212) 555-0100', country: 'US' })

    const sip = await join(meetingId, { name: 'Front desk', device: 'Windows', phone: { type: 'sip', number: '4711' } })
    // A computer client may take its audio over the phone line: its device stays.
    assert.equal(sip.device, 'Windows')
    assert.deepEqual(sip.audio, { type: 'sip', phone_number: '4711', country: 'US' })

    const room = await join(meetingId, { device_id: roomId })
    assert.equal(room.name, 'Board room')
    assert.equal(room.device, 'H.323/SIP')
    assert.equal(room.ip_address, '10.30.0.1')
    assert.deepEqual(room.audio, {
      type: 'room_system',
      phone_number: '10.30.0.1',
      device_id: roomId,
      protocol: 'H.323',
    })

    // The live state shows each leg with its participant; the computer participant has none.
    const plain = await join(meetingId, { name: 'Laptop user', device: 'Mac' })
    assert.equal(plain.audio, undefined)
    const state = await t.call('GET', `/sim/meetings/${meetingId}`, { token })
    assert.deepEqual(
      items(state.body.participants).map((p) => [p.name, p.device, p.audio === undefined ? null : obj(p.audio).type]),
      [
        ['+44 20 7946 0000', 'Phone', 'toll'],
        ['Dana (mobile)', 'Phone', 'call_out'],
        ['Account Owner', 'Phone', 'toll_free'],
        ['Front desk', 'Windows', 'sip'],
        ['Board room', 'H.323/SIP', 'room_system'],
        ['Laptop user', 'Mac', null],
      ],
    )

    // The toll caller hangs up and calls back: the same line, a new session.
    t.clock.advance(4 * MIN)
    const left = await t.call('DELETE', `/sim/meetings/${meetingId}/participants/${str(toll.participant_id)}`, {
      token,
    })
    assert.equal(left.status, 204)
    t.clock.advance(MIN)
    const back = await join(meetingId, { participant_id: toll.participant_id })
    assert.equal(back.name, '+44 20 7946 0000')
    assert.equal(back.device, 'Phone')
    assert.deepEqual(back.audio, toll.audio)
    t.clock.advance(5 * MIN)
    // Sharing answers with the session's leg too.
    const share = await t.call('POST', `/sim/meetings/${meetingId}/share`, {
      token,
      body: { participant_id: room.participant_id, action: 'start' },
    })
    assert.deepEqual(share.body.audio, room.audio)
    const ended = await t.call('POST', `/sim/meetings/${meetingId}/end`, { token })
    assert.equal(ended.status, 200)
    const end = t0 + 10 * MIN

    // What a telephone report reads: type, numbers, country and the session's start and end.
    const legs = await legsBetween(t0, end)
    assert.deepEqual(
      legs.map((l) => [l.type, l.phone_number, l.country, Number(l.join_time), Number(l.leave_time)]),
      [
        ['toll', '+44 20 7946 0000', 'GB', t0, t0 + 4 * MIN],
        ['call_out', obj(callOut.audio).phone_number, 'DE', t0, end],
        ['toll_free', '+1 (212) 555-0100', 'US', t0, end],
        ['sip', '4711', 'US', t0, end],
        ['room_system', '10.30.0.1', '', t0, end],
        ['toll', '+44 20 7946 0000', 'GB', t0 + 5 * MIN, end],
      ],
    )
    assert.ok(legs.every((l) => l.instance_uuid === ended.body.uuid && Number(l.meeting_id) === meetingId))
    assert.equal(at(legs, 4).device_id, roomId)
    assert.deepEqual(await legsBetween(end, end + MIN), [])

    // The phone sessions' quality samples hold audio only; the room system's hold video too.
    const qos = async (sessionId: string) =>
      (
        await t.server.svc.db.kysely
          .selectFrom('participant_qos')
          .select('data')
          .where('participant_id', '=', sessionId)
          .orderBy('ts')
          .execute()
      ).map((r) => Object.keys(JSON.parse(r.data) as Json).sort())
    const phoneSamples = await qos(str(toll.session_id))
    assert.equal(phoneSamples.length, 4)
    assert.ok(phoneSamples.every((keys) => keys.join() === 'audio_input,audio_output'))
    assert.ok((await qos(str(room.session_id))).every((keys) => keys.includes('video_input')))

    // The past meeting counts the callers like anyone else.
    const past = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(str(ended.body.uuid))}/participants`, {
      token,
    })
    assert.equal(past.status, 200)
    assert.equal(items(past.body.participants).filter((p) => p.name === '+44 20 7946 0000').length, 2)
  })

  it('refusals: both kinds of leg, an unknown device, the feature off, a wrong device, no telephone audio, bad lines', async () => {
    const roomId = await device({ name: 'Huddle', protocol: 'SIP', ip: 'sip:huddle@example.com', encryption: 'no' })
    const meetingId = await createMeeting(t, token, { topic: 'Refusals', type: 3 })
    assert.equal((await t.call('POST', `/sim/meetings/${meetingId}/start`, { token })).status, 200)
    const path = `/sim/meetings/${meetingId}/participants`
    const post = (body: Json) => t.call('POST', path, { token, body })

    refused(await post({ name: 'X', phone: { type: 'toll' }, device_id: roomId }), 400, 300, 'device_id')
    const unknown = await post({ device_id: 'nope' })
    assert.equal(unknown.status, 404)
    assert.deepEqual(unknown.body, { code: 300, message: 'H.323 Device does not exist: nope.' })
    refused(await post({ device_id: roomId, device: 'Mac' }), 400, 300, 'device')
    refused(await post({ name: 'X', phone: { type: 'landline' } }), 400, 300, 'phone.type')
    refused(await post({ name: 'X', phone: { type: 'toll', number: 'call me' } }), 400, 300, 'phone.number')
    refused(await post({ name: 'X', phone: { type: 'toll', country: 'USA' } }), 400, 300, 'phone.country')
    refused(await post({ phone: { type: 'call_out', country: 'ZZ' } }), 400, 300, 'phone.number')
    // With a number given, a caller from a country without local numbers dials a US one.
    const far = await join(meetingId, { phone: { type: 'toll', number: '+999 123 4567', country: 'ZZ' } })
    assert.ok(US_NUMBERS.includes(str(obj(far.audio).call_in_number)))

    const settings = (on: boolean) =>
      t.call('PATCH', '/v2/accounts/me/settings', { token, body: { feature: { h323_sip_devices: on } } })
    assert.equal((await settings(false)).status, 204)
    const off = await post({ device_id: roomId })
    assert.equal(off.status, 400)
    assert.deepEqual(off.body, { code: 200, message: 'No permission.' })
    assert.equal((await settings(true)).status, 204)
    // A SIP room system whose address is a URI keeps the generated IP address of its session.
    const huddle = await join(meetingId, { device_id: roomId })
    assert.equal(obj(huddle.audio).phone_number, 'sip:huddle@example.com')
    assert.equal(obj(huddle.audio).protocol, 'SIP')
    assert.notEqual(huddle.ip_address, 'sip:huddle@example.com')

    const voip = await createMeeting(t, token, { topic: 'Computer audio only', type: 3, settings: { audio: 'voip' } })
    assert.equal((await t.call('POST', `/sim/meetings/${voip}/start`, { token })).status, 200)
    const noPhone = await t.call('POST', `/sim/meetings/${voip}/participants`, {
      token,
      body: { name: 'Caller', phone: { type: 'toll' } },
    })
    refused(noPhone, 400, 300, 'phone')
    // A room system needs no telephone audio.
    assert.equal((await join(voip, { device_id: roomId })).device, 'H.323/SIP')
  })

  it('a scenario plays phone and room-system participants, rejoins over the same line; bad legs are refused before it starts', async () => {
    const roomId = await device({ name: 'Scenario room', protocol: 'H.323', ip: '10.31.0.1', encryption: 'yes' })
    const now = t.clock.now()
    const startAt = now - 30 * MIN
    const scenario = {
      meeting: { create: { topic: 'Dial-in review', type: 2 } },
      duration_minutes: 30,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        {
          name: 'Caller',
          phone: { type: 'toll', number: '+1 415 555 0199' },
          join_offset_minutes: 2,
          leave_offset_minutes: 10,
          rejoins: [{ join_offset_minutes: 12, leave_offset_minutes: 20 }],
        },
        { name: 'Called', phone: { type: 'call_out', country: 'FR' }, join_offset_minutes: 5 },
        { name: 'Room', device_id: roomId, join_offset_minutes: 1, stay_minutes: 25 },
      ],
    }
    const res = await t.call('POST', '/sim/scenarios', { token, body: scenario })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const legs = (await legsBetween(startAt, now)).filter((l) => l.instance_uuid === res.body.uuid)
    assert.deepEqual(
      legs.map((l) => [l.name, l.type, l.country, iso(Number(l.join_time)), iso(Number(l.leave_time))]),
      [
        ['Room', 'room_system', '', iso(startAt + MIN), iso(startAt + 26 * MIN)],
        ['Caller', 'toll', 'US', iso(startAt + 2 * MIN), iso(startAt + 10 * MIN)],
        ['Called', 'call_out', 'FR', iso(startAt + 5 * MIN), iso(now)],
        ['Caller', 'toll', 'US', iso(startAt + 12 * MIN), iso(startAt + 20 * MIN)],
      ],
    )
    const caller = legs.filter((l) => l.name === 'Caller')
    assert.deepEqual(
      caller.map((l) => [l.phone_number, l.call_in_number, l.participant_uuid]),
      [0, 1].map(() => ['+1 415 555 0199', at(caller, 0).call_in_number, at(caller, 0).participant_uuid]),
    )
    assert.match(str(find(legs, (l) => l.name === 'Called').phone_number), /^\+33 555[0-9]{7}$/)

    const bad = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { topic: 'Bad legs', type: 2, settings: { audio: 'voip' } } },
        duration_minutes: 10,
        participants: [
          { name: 'Caller', phone: { type: 'toll' }, join_offset_minutes: 0 },
          { name: 'Ghost room', device_id: 'missing', join_offset_minutes: 0 },
        ],
      },
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.body.code, 300)
    assert.deepEqual(
      items(bad.body.errors).map((e) => e.field),
      ['participants.0.phone', 'participants.1.device_id'],
    )
    assert.match(str(at(items(bad.body.errors), 1).message), /H\.323 Device does not exist: missing/)
  })
})
