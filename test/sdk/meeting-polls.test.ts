import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { apiError } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Meeting polls, surveys and live streams through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  let token: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    client = meetingsClient(t.origin, token)
  })
  after(() => t.close())

  const rejects = async (p: Promise<unknown>, status: number, code: number) => {
    await assert.rejects(p, (e) => {
      const err = apiError(e)
      assert.equal(err.status, status)
      assert.equal(err.code, code)
      return true
    })
  }
  const newMeeting = async (type: 1 | 2 = 2) => {
    const res = await client.endpoints.meetings.createMeeting({
      path: { userId: 'me' },
      body: { topic: 'Rivet', type },
    })
    return must(must(res.data).id)
  }

  it('a poll round-trips: createMeetingPoll → getMeetingPoll → updateMeetingPoll → listMeetingPolls → deleteMeetingPoll', async () => {
    const api = client.endpoints.meetings
    const meetingId = await newMeeting()
    const created = await api.createMeetingPoll({
      path: { meetingId },
      body: {
        title: 'Lunch',
        poll_type: 2,
        questions: [
          { name: 'Where?', type: 'single', answers: ['Deli', 'Diner'] },
          { name: 'Rate lunch', type: 'rating_scale', rating_min_value: 1, rating_max_value: 5 },
        ],
      },
    })
    assert.equal(created.statusCode, 201)
    const pollId = must(must(created.data).id)
    assert.equal(created.data?.status, 'notstart')
    assert.equal(created.data?.questions?.[1]?.rating_max_value, 5)

    const got = await api.getMeetingPoll({ path: { meetingId, pollId } })
    assert.equal(got.statusCode, 200)
    assert.deepEqual(got.data, created.data)

    const upd = await api.updateMeetingPoll({ path: { meetingId, pollId }, body: { title: 'Dinner', anonymous: true } })
    assert.equal(upd.statusCode, 204)
    const list = await api.listMeetingPolls({ path: { meetingId }, query: { anonymous: true } })
    assert.equal(list.data?.total_records, 1)
    assert.equal(list.data?.polls?.[0]?.title, 'Dinner')
    assert.equal(
      (await api.listMeetingPolls({ path: { meetingId }, query: { anonymous: false } })).data?.total_records,
      0,
    )

    assert.equal((await api.deleteMeetingPoll({ path: { meetingId, pollId } })).statusCode, 204)
    await rejects(api.getMeetingPoll({ path: { meetingId, pollId } }), 404, 404)
  })

  it('performBatchPollCreation creates the polls; validation and limits answer with Zoom codes', async () => {
    const api = client.endpoints.meetings
    const meetingId = await newMeeting()
    const res = await api.performBatchPollCreation({
      path: { meetingId: String(meetingId) },
      body: {
        polls: [
          { title: 'A', questions: [{ name: 'q', type: 'multiple', answers: ['x', 'y'] }] },
          {
            title: 'B',
            poll_type: 3,
            questions: [{ name: 'q', type: 'single', answers: ['x', 'y'], right_answers: ['y'] }],
          },
        ],
      },
    })
    assert.equal(res.statusCode, 201)
    assert.deepEqual(
      res.data?.polls?.map((p) => p.title),
      ['A', 'B'],
    )
    assert.equal((await api.listMeetingPolls({ path: { meetingId } })).data?.total_records, 2)
    await rejects(
      api.createMeetingPoll({
        path: { meetingId },
        body: { title: 'Quiz', poll_type: 3, questions: [{ name: 'q', type: 'single', answers: ['x', 'y'] }] },
      }),
      400,
      300,
    )
    await rejects(
      api.createMeetingPoll({
        path: { meetingId: await newMeeting(1) },
        body: { title: 'Now', questions: [{ name: 'q', type: 'single', answers: ['x', 'y'] }] },
      }),
      400,
      4400,
    )
    const many = Array.from({ length: 48 }, (_, i) => ({
      title: `P${i}`,
      questions: [{ name: 'q', type: 'single' as const, answers: ['x', 'y'] }],
    }))
    // A batch takes at most 25 polls: the 48 go in two.
    await rejects(
      api.performBatchPollCreation({ path: { meetingId: String(meetingId) }, body: { polls: many } }),
      400,
      300,
    )
    for (const polls of [many.slice(0, 24), many.slice(24)]) {
      assert.equal(
        (await api.performBatchPollCreation({ path: { meetingId: String(meetingId) }, body: { polls } })).statusCode,
        201,
      )
    }
    await rejects(
      api.createMeetingPoll({
        path: { meetingId },
        body: { title: 'One too many', questions: [{ name: 'q', type: 'single', answers: ['x', 'y'] }] },
      }),
      400,
      4400,
    )
  })

  it('a survey round-trips: updateMeetingSurvey → getMeetingSurvey → deleteMeetingSurvey', async () => {
    const api = client.endpoints.meetings
    const meetingId = await newMeeting()
    const upd = await api.updateMeetingSurvey({
      path: { meetingId },
      body: {
        show_in_the_browser: false,
        custom_survey: {
          title: 'How did we do?',
          questions: [{ name: 'Overall', type: 'rating_scale', rating_min_value: 1, rating_max_value: 10 }],
        },
      },
    })
    assert.equal(upd.statusCode, 204)
    const got = await api.getMeetingSurvey({ path: { meetingId } })
    assert.equal(got.data?.show_in_the_browser, false)
    assert.equal(got.data?.custom_survey?.title, 'How did we do?')
    assert.equal(got.data?.custom_survey?.questions?.[0]?.rating_max_value, 10)
    await rejects(api.updateMeetingSurvey({ path: { meetingId }, body: { third_party_survey: 'nope' } }), 400, 300)
    assert.equal((await api.deleteMeetingSurvey({ path: { meetingId } })).statusCode, 204)
    assert.deepEqual((await api.getMeetingSurvey({ path: { meetingId } })).data, { show_in_the_browser: true })
  })

  it('a live stream: updateLivestream → getLivestreamDetails → updateLivestreamStatus while the meeting is live', async () => {
    const api = client.endpoints.meetings
    const in_meeting = { allow_live_streaming: true, custom_live_streaming_service: true }
    assert.equal((await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting } })).status, 204)
    assert.equal((await t.call('PATCH', '/v2/users/me/settings', { token, body: { in_meeting } })).status, 204)
    const meetingId = await newMeeting()
    const stream = {
      stream_url: 'rtmp://example.com/live',
      stream_key: 'abc',
      page_url: 'https://example.com/watch',
      resolution: '720p',
    }
    assert.equal((await api.updateLivestream({ path: { meetingId }, body: stream })).statusCode, 204)
    assert.deepEqual((await api.getLivestreamDetails({ path: { meetingId: String(meetingId) } })).data, stream)
    await rejects(api.updateLivestreamStatus({ path: { meetingId }, body: { action: 'start' } }), 400, 3000)
    const meetings = t.server.svc.use(MeetingService)
    await meetings.setStatus(await meetings.get(t.seed.accountId, meetingId), 'started')
    assert.equal(
      (
        await api.updateLivestreamStatus({
          path: { meetingId },
          body: { action: 'start', settings: { layout: 'follow_host', close_caption: 'off' } },
        })
      ).statusCode,
      204,
    )
    await rejects(api.updateLivestreamStatus({ path: { meetingId }, body: { action: 'start' } }), 429, 429)
    assert.equal((await api.updateLivestreamStatus({ path: { meetingId }, body: { action: 'stop' } })).statusCode, 204)
  })
})
