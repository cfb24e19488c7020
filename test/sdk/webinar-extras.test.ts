import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { must, type Json } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Webinar polls, survey, live stream, token, invite links and templates through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let api: ReturnType<typeof meetingsClient>['endpoints']['webinars']
  let meetingId: number
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    const client = meetingsClient(t.origin, token)
    api = client.endpoints.webinars
    const meeting = await client.endpoints.meetings.createMeeting({ path: { userId: 'me' }, body: { type: 2 } })
    meetingId = must(must(meeting.data).id)
  })
  after(() => t.close())

  const newWebinar = async (body: Parameters<typeof api.createWebinar>[0]['body'] = {}) => {
    const res = await api.createWebinar({
      path: { userId: 'me' },
      body: { topic: 'Rivet webinar', start_time: '2026-12-01T17:00:00Z', ...body },
    })
    assert.equal(res.statusCode, 201)
    return must(must(res.data).id)
  }
  const setInMeeting = async (path: string, in_meeting: Json) =>
    assert.equal((await t.call('PATCH', path, { token, body: { in_meeting } })).status, 204)

  it('createWebinarsPoll → getWebinarPoll → updateWebinarPoll → listWebinarsPolls → deleteWebinarPoll', async () => {
    const webinarId = await newWebinar()
    const created = await api.createWebinarsPoll({
      path: { webinarId },
      body: {
        title: 'Favourite feature',
        poll_type: 2,
        questions: [
          {
            name: 'Order these',
            type: 'rank_order',
            answers: ['Speed', 'Price', 'Looks'],
            prompts: [{ prompt_question: 'First' }, { prompt_question: 'Second' }],
          },
        ],
      },
    })
    assert.equal(created.statusCode, 201)
    const pollId = must(must(created.data).id)
    assert.equal(created.data?.status, 'notstart')
    assert.deepEqual((await api.getWebinarPoll({ path: { webinarId, pollId } })).data, created.data)

    const upd = await api.updateWebinarPoll({ path: { webinarId, pollId }, body: { anonymous: true } })
    assert.equal(upd.statusCode, 204)
    const anonymous = await api.listWebinarsPolls({ path: { webinarId }, query: { anonymous: true } })
    assert.equal(anonymous.data?.total_records, 1)
    assert.equal(anonymous.data?.polls?.[0]?.title, 'Favourite feature')
    assert.equal(
      (await api.listWebinarsPolls({ path: { webinarId }, query: { anonymous: false } })).data?.total_records,
      0,
    )

    assert.equal((await api.deleteWebinarPoll({ path: { webinarId, pollId } })).statusCode, 204)
    await rejectsWith(api.getWebinarPoll({ path: { webinarId, pollId } }), 404, 404, 'Webinar poll not found.')
  })

  it('webinar polling off answers 4400; a meeting id answers 404/3001', async () => {
    const webinarId = await newWebinar()
    await setInMeeting('/v2/accounts/me/settings', { webinar_polling: { enable: false } })
    try {
      await rejectsWith(api.listWebinarsPolls({ path: { webinarId } }), 400, 4400)
    } finally {
      await setInMeeting('/v2/accounts/me/settings', { webinar_polling: { enable: true } })
    }
    await rejectsWith(api.listWebinarsPolls({ path: { webinarId: meetingId } }), 404, 3001)
    await rejectsWith(
      api.createWebinarsPoll({ path: { webinarId: meetingId }, body: { title: 'x', questions: [] } }),
      404,
      3001,
    )
  })

  it('updateWebinarSurvey → getWebinarSurvey → deleteWebinarSurvey; survey off answers 3000', async () => {
    const webinarId = await newWebinar()
    const upd = await api.updateWebinarSurvey({
      path: { webinarId },
      body: {
        show_in_the_follow_up_email: true,
        custom_survey: { title: 'Thanks', questions: [{ name: 'Useful?', type: 'single', answers: ['Yes', 'No'] }] },
      },
    })
    assert.equal(upd.statusCode, 204)
    const got = await api.getWebinarSurvey({ path: { webinarId } })
    assert.equal(got.data?.show_in_the_follow_up_email, true)
    assert.equal(got.data?.custom_survey?.questions?.[0]?.answers?.length, 2)
    assert.equal((await api.deleteWebinarSurvey({ path: { webinarId } })).statusCode, 204)
    assert.deepEqual((await api.getWebinarSurvey({ path: { webinarId } })).data, {
      show_in_the_browser: true,
      show_in_the_follow_up_email: false,
    })
    await setInMeeting('/v2/accounts/me/settings', { webinar_survey: false })
    try {
      await rejectsWith(api.getWebinarSurvey({ path: { webinarId } }), 400, 3000)
    } finally {
      await setInMeeting('/v2/accounts/me/settings', { webinar_survey: true })
    }
    await rejectsWith(api.deleteWebinarSurvey({ path: { webinarId: meetingId } }), 404, 3001)
  })

  it('updateLiveStream → getLiveStreamDetails → updateLiveStreamStatus; off answers 400/200', async () => {
    const webinarId = await newWebinar()
    const feed = { stream_url: 'rtmp://x.example.tv/app', stream_key: 'k1', page_url: 'https://x.example.tv/w' }
    await rejectsWith(api.getLiveStreamDetails({ path: { webinarId: String(webinarId) } }), 400, 200)
    const streaming = {
      webinar_live_streaming: { enable: true, live_streaming_service: ['custom_live_streaming_service'] },
    }
    await setInMeeting('/v2/accounts/me/settings', streaming)
    await setInMeeting('/v2/users/me/settings', streaming)
    assert.equal((await api.updateLiveStream({ path: { webinarId }, body: feed })).statusCode, 204)
    assert.deepEqual((await api.getLiveStreamDetails({ path: { webinarId: String(webinarId) } })).data, feed)
    await rejectsWith(
      api.updateLiveStreamStatus({ path: { webinarId }, body: { action: 'start' } }),
      400,
      200,
      `Webinar ${webinarId} has not started.`,
    )
    assert.equal((await t.call('POST', `/sim/meetings/${webinarId}/start`, { token })).status, 200)
    const start = await api.updateLiveStreamStatus({
      path: { webinarId },
      body: { action: 'start', settings: { active_speaker_name: true, display_name: 'Live' } },
    })
    assert.equal(start.statusCode, 204)
    assert.equal((await api.updateLiveStreamStatus({ path: { webinarId }, body: { action: 'stop' } })).statusCode, 204)
    await rejectsWith(api.updateLiveStream({ path: { webinarId: meetingId }, body: feed }), 404, 3001)
  })

  it('getWebinarsToken while live; createWebinarsInviteLinks gives /w/ links', async () => {
    const webinarId = await newWebinar()
    await rejectsWith(api.getWebinarsToken({ path: { webinarId } }), 400, 3000, `Webinar ${webinarId} has not started.`)
    assert.equal((await t.call('POST', `/sim/meetings/${webinarId}/start`, { token })).status, 200)
    const tok = await api.getWebinarsToken({ path: { webinarId }, query: { type: 'closed_caption_token' } })
    assert.equal(tok.statusCode, 200)
    assert.match(must(tok.data?.token), new RegExp(`/closedcaption\\?id=${webinarId}&`))

    const links = await api.createWebinarsInviteLinks({
      path: { webinarId },
      body: { attendees: [{ name: 'Lin', disable_video: true }] },
    })
    assert.equal(links.statusCode, 201)
    assert.equal(links.data?.attendees?.[0]?.name, 'Lin')
    assert.match(must(links.data?.attendees?.[0]?.join_url), new RegExp(`/w/${webinarId}\\?.*tk=`))
    await rejectsWith(api.getWebinarsToken({ path: { webinarId: meetingId } }), 404, 3001)
    await rejectsWith(
      api.createWebinarsInviteLinks({ path: { webinarId: meetingId }, body: { attendees: [{ name: 'x' }] } }),
      404,
      3001,
    )
  })

  it('createWebinarTemplate → listWebinarTemplates; a meeting id is not a webinar', async () => {
    const webinarId = await newWebinar({ settings: { panelists_video: true } })
    const made = await api.createWebinarTemplate({
      path: { userId: 'me' },
      body: { webinar_id: webinarId, name: 'Rivet template' },
    })
    assert.equal(made.statusCode, 201)
    const id = must(made.data?.id)
    assert.deepEqual(made.data, { id, name: 'Rivet template' })
    const list = await api.listWebinarTemplates({ path: { userId: 'me' } })
    assert.deepEqual(list.data, { total_records: 1, templates: [{ id, name: 'Rivet template' }] })
    await rejectsWith(api.createWebinarTemplate({ path: { userId: 'me' }, body: { webinar_id: meetingId } }), 404, 3001)
  })
})
