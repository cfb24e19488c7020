import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser } from '../helpers/fixtures.js'
import { must, str } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const NUMBERS = [
  { code: '1', country_label: 'US', number: '+1 6465550100', type: 'toll' as const },
  { code: '1', number: '+1 2125550111', type: 'media_link' as const },
]

describe('TSP through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let userId: string
  let tsp: ReturnType<typeof meetingsClient>['endpoints']['tSP']

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    userId = await addUser(t, token, 'rivet.tsp@example.com')
    tsp = meetingsClient(t.origin, token).endpoints.tSP
  })
  after(() => t.close())

  it('reads and updates the account’s TSP information', async () => {
    const got = await tsp.getAccountsTSPInformation({})
    assert.equal(got.statusCode, 200)
    assert.equal(got.data?.tsp_enabled, false)
    const updated = await tsp.updateAccountsTSPInformation({
      body: { tsp_provider: 'AT&T', tsp_bridge: 'EU_TSP_TB', dial_in_number_unrestricted: true },
    })
    assert.equal(updated.statusCode, 204)
    assert.deepEqual((await tsp.getAccountsTSPInformation({})).data, {
      dial_in_number_unrestricted: true,
      dial_in_numbers: [],
      enable: false,
      master_account_setting_extended: false,
      modify_credential_forbidden: false,
      tsp_bridge: 'EU_TSP_TB',
      tsp_enabled: false,
      tsp_provider: 'AT&T',
    })
  })

  it('with TSP off, every user operation is refused with 400/2024', async () => {
    const path = { userId, tspId: '1' as const }
    const body = { conference_code: '1', leader_pin: '1' }
    await rejectsWith(tsp.listUsersTSPAccounts({ path: { userId } }), 400, 2024, 'Account has not enabled TSP.')
    await rejectsWith(tsp.addUsersTSPAccount({ path: { userId }, body }), 400, 2024)
    await rejectsWith(tsp.getUsersTSPAccount({ path }), 400, 2024)
    await rejectsWith(tsp.updateTSPAccount({ path, body }), 400, 2024)
    await rejectsWith(tsp.deleteUsersTSPAccount({ path }), 400, 2024)
    await rejectsWith(
      tsp.setGlobalDialInURLForTSPUser({ path: { userId }, body: { audio_url: 'https://dial.example.com' } }),
      400,
      2024,
    )
  })

  it('with TSP on: add, list, get, update and delete TSP accounts, two at most', async () => {
    assert.equal((await tsp.updateAccountsTSPInformation({ body: { tsp_enabled: true } })).statusCode, 204)
    await rejectsWith(
      tsp.addUsersTSPAccount({ path: { userId }, body: { conference_code: '1', leader_pin: '1' } }),
      400,
      300,
      'Media link is required for AT&T TSP accounts.',
    )
    const first = await tsp.addUsersTSPAccount({
      path: { userId },
      body: { conference_code: '0125', leader_pin: '11189898', dial_in_numbers: NUMBERS },
    })
    assert.equal(first.statusCode, 201)
    const expected = {
      id: '1',
      conference_code: '0125',
      leader_pin: '11189898',
      tsp_bridge: 'EU_TSP_TB',
      dial_in_numbers: NUMBERS,
    }
    assert.deepEqual(first.data, expected)
    const second = await tsp.addUsersTSPAccount({
      path: { userId },
      body: { conference_code: '42', leader_pin: '4242', tsp_bridge: 'US_TSP_TB', dial_in_numbers: [NUMBERS[1]] },
    })
    assert.equal(second.data?.id, '2')
    await rejectsWith(
      tsp.addUsersTSPAccount({
        path: { userId },
        body: { conference_code: '3', leader_pin: '3', dial_in_numbers: NUMBERS },
      }),
      400,
      300,
      'You can add a max of two tsp configs.',
    )

    const list = await tsp.listUsersTSPAccounts({ path: { userId } })
    assert.equal(list.statusCode, 200)
    assert.deepEqual(
      must(list.data?.tsp_accounts).map((a) => a.id),
      ['1', '2'],
    )
    const got = await tsp.getUsersTSPAccount({ path: { userId, tspId: '1' } })
    assert.deepEqual(got.data, expected)

    const updated = await tsp.updateTSPAccount({
      path: { userId, tspId: '1' },
      body: { conference_code: '555', leader_pin: '80423917' },
    })
    assert.equal(updated.statusCode, 204)
    assert.deepEqual((await tsp.getUsersTSPAccount({ path: { userId, tspId: '1' } })).data, {
      ...expected,
      conference_code: '555',
      leader_pin: '80423917',
    })

    const deleted = await tsp.deleteUsersTSPAccount({ path: { userId, tspId: '2' } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(tsp.getUsersTSPAccount({ path: { userId, tspId: '2' } }), 400, 300, 'TSP Config does not exist.')
    await rejectsWith(
      tsp.deleteUsersTSPAccount({ path: { userId, tspId: '1' } }),
      400,
      300,
      'At least one tsp config must be available.',
    )
    await rejectsWith(tsp.listUsersTSPAccounts({ path: { userId: 'nobody@example.com' } }), 404, 1001)
  })

  it('sets the global dial-in URL once the third-party audio option is on, and invitations show it', async () => {
    const body = { audio_url: 'https://dial.example.com/rivet' }
    await rejectsWith(tsp.setGlobalDialInURLForTSPUser({ path: { userId }, body }), 400, 2000)
    assert.equal((await tsp.updateAccountsTSPInformation({ body: { enable: true } })).statusCode, 204)
    assert.equal((await tsp.setGlobalDialInURLForTSPUser({ path: { userId }, body })).statusCode, 204)
    await rejectsWith(
      tsp.setGlobalDialInURLForTSPUser({ path: { userId }, body: { audio_url: 'dial.example.com' } }),
      400,
      300,
    )

    const meetings = meetingsClient(t.origin, token).endpoints.meetings
    const created = await meetings.createMeeting({ path: { userId }, body: { topic: 'TSP call', type: 2 } })
    const meetingId = must(created.data?.id)
    const invitation = await meetings.getMeetingInvitation({ path: { meetingId } })
    const text = str(invitation.data?.invitation)
    assert.ok(text.includes('\r\n        +1 6465550100 US\r\nConference code: 555\r\n'), text)
    assert.ok(text.includes('Find your local number: https://dial.example.com/rivet\r\n'))
    // The leader PIN is the host's own: never printed in an invitation.
    assert.ok(!text.includes('80423917'))
  })
})
