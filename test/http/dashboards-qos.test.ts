import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { assertLegs } from '../helpers/dashboards.js'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, obj, refused, str, type Json } from '../helpers/json.js'
import { MIN } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const twice = (uuid: string) => encodeURIComponent(encodeURIComponent(uuid))
const samples = (p: Json) => items(p.user_qos)

describe('Participant QoS dashboards', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const sim = (path: string, body?: unknown, method = 'POST') => t.call(method, `/sim${path}`, { token, body })
  const get = (path: string, tk = token) => t.call('GET', `/v2${path}`, { token: tk })

  describe('past meetings', () => {
    let meetingId: number
    let uuid: string
    let past: Json[]

    before(async () => {
      const played = await sim('/scenarios', {
        meeting: { create: { topic: 'Quality check', type: 2 } },
        duration_minutes: 12,
        participants: [
          { name: 'Owner', user_id: ownerId, join_offset_minutes: 0, share: [{ start_offset_minutes: 2, minutes: 3 }] },
          { name: 'Guest Phone', device: 'Phone', join_offset_minutes: 1, leave_offset_minutes: 6 },
          {
            name: 'Guest Mac',
            device: 'Mac',
            join_offset_minutes: 1,
            leave_offset_minutes: 7,
            rejoins: [{ join_offset_minutes: 8 }],
          },
        ],
      })
      assert.equal(played.status, 200, played.text)
      meetingId = num(played.body.id)
      const details = await get(`/past_meetings/${meetingId}`)
      uuid = str(details.body.uuid)
      past = items((await get(`/past_meetings/${twice(uuid)}/participants?page_size=300`)).body.participants)
    })

    it('lists one entry per join session, one per page unless asked, at most ten', async () => {
      const first = await get(`/metrics/meetings/${meetingId}/participants/qos?type=past`)
      assert.equal(first.status, 200, first.text)
      assert.equal(first.body.page_size, 1)
      assert.equal(first.body.total_records, past.length)
      assert.equal(items(first.body.participants).length, 1)
      assert.ok(str(first.body.next_page_token))

      const big = await get(`/metrics/meetings/${twice(uuid)}/participants/qos?type=past&page_size=50`)
      assert.equal(big.body.page_size, 10)
      const rows = items(big.body.participants)
      assert.deepEqual(
        rows.map((r) => [r.user_id, r.user_name, r.join_time, r.leave_time]),
        past.map((p) => [p.user_id, p.name, p.join_time, p.leave_time]),
      )

      const walked: unknown[] = []
      let pageToken = ''
      do {
        const page = await get(
          `/metrics/meetings/${meetingId}/participants/qos?type=past&page_size=2&next_page_token=${pageToken}`,
        )
        assert.equal(page.status, 200, page.text)
        walked.push(...items(page.body.participants).map((r) => r.user_id))
        pageToken = str(page.body.next_page_token ?? '')
      } while (pageToken)
      assert.deepEqual(
        walked,
        past.map((p) => p.user_id),
      )

      refused(await get(`/metrics/meetings/${meetingId}/participants/qos?type=past&next_page_token=forged.x`), 400, 300)
    })

    it('gives one sample a minute in Zoom’s string-with-unit form, blank for streams that were off', async () => {
      const owner = find(past, (p) => p.id === ownerId)
      const res = await get(`/metrics/meetings/${meetingId}/participants/${str(owner.user_id)}/qos?type=past`)
      assert.equal(res.status, 200, res.text)
      assert.equal(res.body.id, ownerId)
      assert.equal(res.body.user_name, 'Owner')
      assert.equal(res.body.join_time, owner.join_time)
      assert.equal(res.body.leave_time, owner.leave_time)
      const qos = samples(res.body)
      assert.equal(qos.length, 12)
      for (const q of qos) assert.match(str(q.date_time), /T\d\d:\d\d:\d\dZ$/)
      const one = obj(qos[0])
      const audio = obj(one.audio_input)
      assert.match(str(audio.bitrate), /^\d+ kbps$/)
      assert.match(str(audio.latency), /^\d+ ms$/)
      assert.match(str(audio.jitter), /^\d+ ms$/)
      assert.match(str(audio.avg_loss), /^\d+\.\d%$/)
      const video = obj(one.video_input)
      assert.match(str(video.resolution), /^\d+\*\d+$/)
      assert.match(str(video.frame_rate), /^\d+ fps$/)
      assert.match(str(obj(one.cpu_usage).zoom_avg_cpu_usage), /^\d+%$/)
      // The owner shared from minute 2 to 5 only.
      const sharing = qos.map((q) => str(obj(obj(q).as_input).bitrate) !== '')
      assert.deepEqual(sharing.slice(0, 6), [false, false, true, true, true, false])
      assert.deepEqual(obj(one.as_input), {
        bitrate: '',
        latency: '',
        jitter: '',
        avg_loss: '',
        max_loss: '',
        resolution: '',
        frame_rate: '',
      })
      // Others saw the share as output.
      const mac = find(past, (p) => p.name === 'Guest Mac')
      const seen = await get(`/metrics/meetings/${meetingId}/participants/${str(mac.user_id)}/qos?type=past`)
      assert.ok(samples(seen.body).some((q) => str(obj(q.as_output).bitrate) !== ''))
      assert.equal(seen.body.device, '', 'machine details are blank for people outside the account')
    })

    it('leaves video and CPU blank for a phone caller', async () => {
      const phone = find(past, (p) => p.name === 'Guest Phone')
      const res = await get(`/metrics/meetings/${meetingId}/participants/${str(phone.user_id)}/qos?type=past`)
      assert.equal(res.status, 200, res.text)
      const qos = samples(res.body)
      assert.equal(qos.length, 5)
      for (const q of qos) {
        assert.notEqual(str(obj(q.audio_output).bitrate), '')
        assert.equal(str(obj(q.video_output).bitrate), '')
        assert.equal(str(obj(q.cpu_usage).zoom_max_cpu_usage), '')
      }
    })

    it('refuses what it cannot show', async () => {
      refused(await get(`/metrics/meetings/${meetingId}/participants/99/qos?type=past`), 404, 404)
      refused(await get(`/metrics/meetings/123456789/participants/qos?type=past`), 404, 3001)
      // Nothing of it is live.
      refused(await get(`/metrics/meetings/${meetingId}/participants/qos`), 404, 3001)
      refused(await get(`/metrics/meetings/${meetingId}/participants/qos?type=pastOne`), 400, 300)
      const pro = await makeAccount(t, { plan: 'pro', scopes: ['dashboard_meetings:read:admin'] })
      refused(await get(`/metrics/meetings/${meetingId}/participants/qos?type=past`, await pro.token()), 400, 200)
    })
  })

  describe('room systems', () => {
    it('fills the Cloud Room Connector legs from a room system’s own streams, and sends them empty for others', async () => {
      const made = await t.call('POST', '/v2/h323/devices', {
        token,
        body: { name: 'QoS SIP room', protocol: 'SIP', ip: 'sip:qos-room@example.com', encryption: 'auto' },
      })
      assert.equal(made.status, 201, made.text)
      const played = await sim('/scenarios', {
        meeting: { create: { topic: 'Room quality', type: 2 } },
        duration_minutes: 4,
        participants: [
          { name: 'Owner', user_id: ownerId, device: 'Mac', join_offset_minutes: 0 },
          {
            name: 'Board room',
            device_id: str(made.body.id),
            join_offset_minutes: 0,
            share: [{ start_offset_minutes: 1, minutes: 1 }],
          },
        ],
      })
      assert.equal(played.status, 200, played.text)
      const id = num(played.body.id)
      const list = await get(`/metrics/meetings/${id}/participants/qos?type=past&page_size=10`)
      assert.equal(list.status, 200, list.text)
      const rows = items(list.body.participants)
      const room = find(rows, (r) => r.user_name === 'Board room')
      const roomQos = samples(room)
      assert.equal(roomQos.length, 4)
      for (const q of roomQos) assertLegs(q, true, 'Board room')
      // The room shared in its second minute only: its share leg is off otherwise.
      assert.deepEqual(
        roomQos.map((q) => str(obj(q.as_device_from_crc).latency) !== ''),
        [false, true, false, false],
      )
      // The owner saw that share but came in on a computer: no connector leg at all.
      const owner = find(rows, (r) => r.user_name === 'Owner')
      assert.ok(samples(owner).some((q) => str(obj(q.as_output).bitrate) !== ''))
      for (const q of samples(owner)) assertLegs(q, false, 'Owner')
      const one = await get(`/metrics/meetings/${id}/participants/${str(room.user_id)}/qos?type=past`)
      assert.deepEqual(one.body, room)
    })
  })

  describe('live meetings', () => {
    it('shows the samples of closed sessions and the completed minutes of open ones while the meeting runs', async () => {
      const meetingId = await createMeeting(t, token, { topic: 'Running', type: 2 })
      await sim(`/meetings/${meetingId}/start`)
      const left = (await sim(`/meetings/${meetingId}/participants`, { name: 'Early Leaver' })).body as Json
      await sim(`/meetings/${meetingId}/participants`, { name: 'Stayer', user_id: ownerId })
      t.clock.advance(3 * MIN)
      await sim(`/meetings/${meetingId}/participants/${str(left.participant_id)}`, undefined, 'DELETE')
      const res = await get(`/metrics/meetings/${meetingId}/participants/qos?page_size=10`)
      assert.equal(res.status, 200, res.text)
      const rows = items(res.body.participants)
      assert.equal(rows.length, 2)
      assert.equal(samples(find(rows, (r) => r.user_name === 'Early Leaver')).length, 3)
      const stayer = find(rows, (r) => r.user_name === 'Stayer')
      // Still in the meeting: the minutes completed so far.
      assert.equal(samples(stayer).length, 3)
      assert.equal(stayer.leave_time, undefined)
      const one = await get(`/metrics/meetings/${meetingId}/participants/${str(stayer.user_id)}/qos?type=live`)
      assert.equal(one.status, 200, one.text)
      // Not ended yet: no past form.
      refused(await get(`/metrics/meetings/${meetingId}/participants/qos?type=past`), 404, 3001)
      await sim(`/meetings/${meetingId}/end`)
    })
  })

  describe('webinars', () => {
    it('serves the webinar forms from the same store, and refuses a webinar on the meeting path', async () => {
      const played = await sim('/scenarios', {
        webinar: { create: { topic: 'Quality webinar' } },
        duration_minutes: 6,
        participants: [
          { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
          { name: 'Viewer', email: 'viewer@guests.example', join_offset_minutes: 2 },
        ],
      })
      assert.equal(played.status, 200, played.text)
      const webinarId = num(played.body.id)
      const list = await get(`/metrics/webinars/${webinarId}/participants/qos?type=past&page_size=10`)
      assert.equal(list.status, 200, list.text)
      const rows = items(list.body.participants)
      assert.equal(rows.length, 2)
      const viewer = find(rows, (r) => r.user_name === 'Viewer')
      assert.equal(samples(viewer).length, 4)
      const one = await get(`/metrics/webinars/${webinarId}/participants/${str(viewer.user_id)}/qos?type=past`)
      assert.equal(one.status, 200, one.text)
      assert.deepEqual(one.body, viewer)
      refused(await get(`/metrics/meetings/${webinarId}/participants/qos?type=past`), 400, 300)
      refused(await get(`/metrics/meetings/${webinarId}/participants/${str(viewer.user_id)}/qos?type=past`), 400, 300)
    })
  })
})
