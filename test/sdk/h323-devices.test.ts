import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('H.323/SIP devices and PAC through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let client: ReturnType<typeof meetingsClient>['endpoints']

  const setFeatures = async (feature: Record<string, boolean>) => {
    const res = await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { feature } })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    client = meetingsClient(t.origin, token).endpoints
  })
  after(() => t.close())

  it('create, list, update and delete a device', async () => {
    const devices = client.h323Devices
    const created = await devices.createHSIPDevice({
      body: { name: 'Board room', protocol: 'H.323', ip: '10.20.0.1', encryption: 'auto' },
    })
    assert.equal(created.statusCode, 201)
    const id = must(must(created.data).id)
    const expected = { id, name: 'Board room', protocol: 'H.323', ip: '10.20.0.1', encryption: 'auto' }
    assert.deepEqual(created.data, expected)

    const list = await devices.listHSIPDevices({ query: { page_size: 10 } })
    assert.equal(list.statusCode, 200)
    assert.deepEqual(list.data, {
      next_page_token: '',
      page_count: 1,
      page_number: 1,
      page_size: 10,
      total_records: 1,
      devices: [expected],
    })

    const updated = await devices.updateHSIPDevice({
      path: { deviceId: id },
      body: { name: 'Board room', protocol: 'SIP', ip: 'sip:board@example.com', encryption: 'yes' },
    })
    assert.equal(updated.statusCode, 204)
    assert.deepEqual(must((await devices.listHSIPDevices({})).data).devices, [
      { ...expected, protocol: 'SIP', ip: 'sip:board@example.com', encryption: 'yes' },
    ])

    await rejectsWith(
      devices.createHSIPDevice({ body: { name: 'board ROOM', protocol: 'SIP', ip: '10.20.0.2', encryption: 'no' } }),
      404,
      2020,
      "H.323 device's display name:board ROOM is already in use.",
    )

    const deleted = await devices.deleteHSIPDevice({ path: { deviceId: id } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(
      devices.deleteHSIPDevice({ path: { deviceId: id } }),
      404,
      300,
      `H.323 Device does not exist: ${id}.`,
    )
    assert.equal(must((await devices.listHSIPDevices({})).data).total_records, 0)
  })

  it("lists the owner's PAC account", async () => {
    const res = await client.pAC.listUsersPACAccounts({ path: { userId: 'me' } })
    assert.equal(res.statusCode, 200)
    const account = must(must(res.data).pac_accounts?.[0])
    assert.match(String(account.conference_id), /^[1-9][0-9]{9}$/)
    assert.match(must(account.participant_password), /^[0-9]{6}$/)
    assert.equal(account.global_dial_in_numbers?.[0]?.number, '+1 6465588656')
  })

  it("Zoom's refusals with the features off: 400/200 for devices, 400/2024 for PAC", async () => {
    await setFeatures({ h323_sip_devices: false, personal_audio_conference: false })
    await rejectsWith(client.h323Devices.listHSIPDevices({}), 400, 200, 'No permission.')
    await rejectsWith(
      client.h323Devices.createHSIPDevice({ body: { name: 'X', protocol: 'SIP', ip: '10.0.0.1', encryption: 'no' } }),
      400,
      200,
    )
    await rejectsWith(
      client.h323Devices.updateHSIPDevice({
        path: { deviceId: 'any' },
        body: { name: 'X', protocol: 'SIP', ip: '10.0.0.1', encryption: 'no' },
      }),
      400,
      200,
    )
    await rejectsWith(client.h323Devices.deleteHSIPDevice({ path: { deviceId: 'any' } }), 400, 200)
    await rejectsWith(
      client.pAC.listUsersPACAccounts({ path: { userId: 'me' } }),
      400,
      2024,
      'User does not have PAC enabled.',
    )
    await setFeatures({ h323_sip_devices: true, personal_audio_conference: true })
    assert.equal((await client.h323Devices.listHSIPDevices({})).statusCode, 200)
    assert.equal((await client.pAC.listUsersPACAccounts({ path: { userId: 'me' } })).statusCode, 200)
  })
})
