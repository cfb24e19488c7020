import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, obj, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

// Webinars held in the simulator: roles per participant, the practice session and its broadcast, Q&A and poll
// answers stored as rows, registrants who never come (absentees), through the HTTP ops and through scenarios.

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

interface Role {
  participant: { user_name: string; old_role: string; new_role: string; participant_uuid: string; date_time: string }
}

const CHOICE = { name: 'Which track?', type: 'single', answers: ['Cloud', 'Edge'] }
const PICKS = { name: 'What do you use?', type: 'multiple', answers: ['SDK', 'REST', 'Webhooks'] }

describe('Simulator: webinars', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const call = (method: string, path: string, body?: unknown) => t.call(method, path, { token, body })
  const sim = (method: string, path: string, body?: unknown) => call(method, `/sim${path}`, body)
  const webinar = (settings: Json = {}, topic = 'Launch webinar') =>
    createWebinar(t, token, { topic, type: 5, start_time: '2026-12-01T16:00:00Z', duration: 60, settings })
  const join = async (id: number, body: Json) => {
    const res = await sim('POST', `/meetings/${id}/participants`, body)
    assert.equal(res.status, 201, res.text)
    return res.body
  }
  const live = async (id: number) => {
    const res = await sim('GET', `/meetings/${id}`)
    assert.equal(res.status, 200, res.text)
    return res.body
  }
  const roleOf = async (id: number, name: string) =>
    find(items((await live(id)).participants), (p) => p.name === name, name).role
  const addPanelists = async (id: number, panelists: Json[]) => {
    const res = await call('POST', `/v2/webinars/${id}/panelists`, { panelists })
    assert.equal(res.status, 201, res.text)
  }

  describe('a played webinar, with registration, panelists and no-shows', () => {
    it('3 panelists and 20 registered attendees join, 5 registrants never come: 5 absentees, 24 participants', async () => {
      const id = await webinar({ approval_type: 0 }, 'Registered launch')
      const panelists = ['Pia', 'Pete', 'Paz'].map((name) => ({
        name,
        email: `${name.toLowerCase()}@speakers.example`,
      }))
      await addPanelists(id, panelists)
      const attendees = Array.from({ length: 20 }, (_, n) => ({
        name: `Attendee ${n + 1}`,
        email: `attendee${n + 1}@guests.example`,
        register: true,
        join_offset_minutes: 2 + (n % 5),
        ...(n % 4 === 0 ? { leave_offset_minutes: 40 } : {}),
      }))
      const noShows = Array.from({ length: 5 }, (_, n) => ({
        email: `noshow${n + 1}@guests.example`,
        first_name: 'No',
        last_name: `Show ${n + 1}`,
      }))
      const played = await sim('POST', '/scenarios', {
        webinar: { id },
        duration_minutes: 60,
        registrants: noShows,
        participants: [
          { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
          ...panelists.map((p) => ({ ...p, join_offset_minutes: 1 })),
          ...attendees,
        ],
      })
      assert.equal(played.status, 200, played.text)
      assert.equal(played.body.participants_count, 24)
      const uuid = str(played.body.uuid)

      const instances = await call('GET', `/v2/past_webinars/${id}/instances`)
      assert.equal(instances.status, 200, instances.text)
      assert.deepEqual(
        items(instances.body.webinars).map((w) => w.uuid),
        [uuid],
      )
      const absentees = await call('GET', `/v2/past_webinars/${encodeURIComponent(uuid)}/absentees`)
      assert.equal(absentees.status, 200, absentees.text)
      assert.equal(absentees.body.total_records, 5)
      assert.deepEqual(
        items(absentees.body.registrants)
          .map((r) => r.email)
          .sort(),
        noShows.map((r) => r.email).sort(),
      )

      // Who joined as what: the registered attendees as their registrations, the panelists and the host by role.
      const joined = (await outboxEvents<{ uuid: string; participant: Json }>(t, 'webinar.participant_joined')).filter(
        (e) => e.payload.object.uuid === uuid,
      )
      assert.equal(joined.length, 24)
      const registrants = await call('GET', `/v2/webinars/${id}/registrants?page_size=300`)
      const registrantIds = new Map(items(registrants.body.registrants).map((r) => [str(r.email), str(r.id)]))
      for (const a of attendees) {
        const event = find(joined, (e) => e.payload.object.participant.user_name === a.name, a.name)
        assert.equal(event.payload.object.participant.registrant_id, registrantIds.get(a.email))
        assert.equal(event.payload.object.participant.email, a.email)
      }
      const ended = find(await outboxEvents(t, 'webinar.ended'), (e) => e.payload.object.uuid === uuid)
      assert.equal(ended.payload.object.practice_session, undefined)
    })
  })

  it('a webinar the scenario creates takes its registrants first thing on a fresh server', async () => {
    // Registration events carry signed join links: the first link a server signs may come from a scenario.
    const fresh = await startWithOwner()
    try {
      const played = await fresh.t.call('POST', '/sim/scenarios', {
        token: fresh.token,
        body: {
          webinar: { create: { topic: 'Fresh start' } },
          duration_minutes: 30,
          registrants: [{ email: 'away@guests.example', first_name: 'Away' }],
          participants: [
            { name: 'Host', email: fresh.t.seed.ownerEmail, join_offset_minutes: 0 },
            { name: 'Here Now', email: 'here@guests.example', register: true, join_offset_minutes: 1 },
          ],
        },
      })
      assert.equal(played.status, 200, played.text)
      const absentees = await fresh.t.call('GET', `/v2/past_webinars/${num(played.body.id)}/absentees`, {
        token: fresh.token,
      })
      assert.equal(absentees.status, 200, absentees.text)
      assert.deepEqual(
        items(absentees.body.registrants).map((r) => [r.email, r.first_name]),
        [['away@guests.example', 'Away']],
      )
      const registered = await fresh.t.call('GET', `/v2/webinars/${num(played.body.id)}/registrants`, {
        token: fresh.token,
      })
      assert.deepEqual(
        items(registered.body.registrants)
          .map((r) => [r.email, r.first_name, r.last_name])
          .sort(),
        [
          ['away@guests.example', 'Away', ''],
          ['here@guests.example', 'Here', 'Now'],
        ],
      )
    } finally {
      await fresh.t.close()
    }
  })

  describe('roles', () => {
    it('each session takes a role: the host user, a listed panelist, the role given, else attendee', async () => {
      const id = await webinar()
      await addPanelists(id, [{ name: 'Listed Panelist', email: 'listed@speakers.example' }])
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const host = await join(id, { user_id: ownerId })
      assert.equal(host.role, 'host')
      const panelist = await join(id, { name: 'Listed Panelist', email: 'LISTED@speakers.example' })
      assert.equal(panelist.role, 'panelist')
      assert.equal((await join(id, { name: 'Co', role: 'co-host' })).role, 'co-host')
      const guest = await join(id, { name: 'Guest', email: 'guest@guests.example' })
      assert.equal(guest.role, 'attendee')
      assert.equal(await roleOf(id, 'Guest'), 'attendee')

      // Attendees only watch; a panelist shares.
      refused(
        await sim('POST', `/meetings/${id}/share`, { participant_id: guest.participant_id, action: 'start' }),
        400,
        3000,
      )
      const share = await sim('POST', `/meetings/${id}/share`, {
        participant_id: panelist.participant_id,
        action: 'start',
      })
      assert.equal(share.status, 200, share.text)

      // A rejoin keeps the role held before.
      const left = await sim('DELETE', `/meetings/${id}/participants/${str(panelist.participant_id)}`)
      assert.equal(left.status, 204)
      assert.equal((await join(id, { participant_id: panelist.participant_id })).role, 'panelist')
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
    })

    it('the host promotes and demotes during the webinar: webinar.participant_role_changed with old and new role', async () => {
      const id = await webinar()
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const host = await join(id, { user_id: ownerId })
      const guest = await join(id, { name: 'Rising Star', email: 'star@guests.example' })
      const path = (p: Json) => `/webinars/${id}/participants/${str(p.participant_id)}/role`

      const before = (await outboxEvents(t, 'webinar.participant_role_changed')).length
      const promoted = await sim('PUT', path(guest), { role: 'panelist' })
      assert.equal(promoted.status, 200, promoted.text)
      assert.equal(promoted.body.role, 'panelist')
      assert.equal(await roleOf(id, 'Rising Star'), 'panelist')
      // The same role again changes nothing.
      assert.equal((await sim('PUT', path(guest), { role: 'panelist' })).status, 200)

      let changes = (await outboxEvents<Role>(t, 'webinar.participant_role_changed')).slice(before)
      assert.equal(changes.length, 1)
      const [first] = changes
      assert.equal(first?.payload.object.participant.old_role, 'attendee')
      assert.equal(first?.payload.object.participant.new_role, 'panelist')
      assert.equal(first?.payload.object.participant.participant_uuid, guest.participant_id)
      assert.equal(first?.payload.object.participant.date_time, iso(t.clock.now()))
      assert.equal(obj(first?.payload.object).id, String(id))
      assert.equal(obj(first?.payload.object).type, 5)

      // The host's own role changes only by handing it over; the old host becomes a panelist.
      refused(await sim('PUT', path(host), { role: 'attendee' }), 400, 3000)
      assert.equal((await sim('PUT', path(guest), { role: 'host' })).status, 200)
      assert.equal(await roleOf(id, 'Rising Star'), 'host')
      assert.equal(await roleOf(id, str(host.name)), 'panelist')
      changes = (await outboxEvents<Role>(t, 'webinar.participant_role_changed')).slice(before + 1)
      assert.deepEqual(
        changes.map((e) => [e.payload.object.participant.old_role, e.payload.object.participant.new_role]),
        [
          ['host', 'panelist'],
          ['panelist', 'host'],
        ],
      )
      assert.equal((await sim('PUT', path(host), { role: 'attendee' })).status, 200)
      assert.equal(await roleOf(id, str(host.name)), 'attendee')

      refused(await sim('PUT', path(guest), { role: 'boss' }), 400, 300, 'role')
      refused(await sim('PUT', `/webinars/${id}/participants/nobody/role`, { role: 'panelist' }), 404, 404)
      const meetingId = await createMeeting(t, token, { topic: 'Not a webinar', type: 2 })
      refused(await sim('PUT', `/webinars/${meetingId}/participants/x/role`, { role: 'panelist' }), 404, 3001)
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      refused(await sim('PUT', path(guest), { role: 'panelist' }), 400, 3000)
    })
  })

  describe('practice session', () => {
    it('attendees wait for the broadcast; the host and panelists are in before it', async () => {
      const id = await webinar({ practice_session: true })
      const started = await sim('POST', `/meetings/${id}/start`)
      assert.equal(started.status, 200, started.text)
      assert.equal(started.body.practice_session, true)
      await join(id, { user_id: ownerId })
      await join(id, { name: 'Early Panelist', role: 'panelist' })
      refused(await sim('POST', `/meetings/${id}/participants`, { name: 'Too Early' }), 400, 3000)

      const broadcast = await sim('POST', `/webinars/${id}/broadcast`)
      assert.equal(broadcast.status, 200, broadcast.text)
      assert.equal(broadcast.body.practice_session, false)
      assert.equal(items(broadcast.body.participants).length, 2)
      // Starting it again changes nothing.
      assert.equal((await sim('POST', `/webinars/${id}/broadcast`)).body.practice_session, false)
      assert.equal((await join(id, { name: 'On Time' })).role, 'attendee')
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      const ended = (await outboxEvents(t, 'webinar.ended')).filter((e) => e.payload.object.id === String(id))
      assert.equal(ended.length, 1)
      assert.equal(ended[0]?.payload.object.practice_session, undefined)

      // Broadcasts are for webinars that are live.
      refused(await sim('POST', `/webinars/${id}/broadcast`), 400, 3000)
      const meetingId = await createMeeting(t, token, { topic: 'Plain meeting', type: 2 })
      refused(await sim('POST', `/webinars/${meetingId}/broadcast`), 404, 3001)
    })

    it('a webinar ended before its broadcast says so in webinar.ended', async () => {
      const id = await webinar({ practice_session: true })
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      await join(id, { user_id: ownerId })
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      const ended = find(await outboxEvents(t, 'webinar.ended'), (e) => e.payload.object.id === String(id))
      assert.equal(ended.payload.object.practice_session, true)
      // The next instance starts in practice again.
      assert.equal((await sim('POST', `/meetings/${id}/start`)).body.practice_session, true)
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
    })

    it('in a scenario, attendees join at the broadcast and those gone by then never come in', async () => {
      const played = await sim('POST', '/scenarios', {
        webinar: { create: { topic: 'Practice first' } },
        duration_minutes: 30,
        broadcast_offset_minutes: 10,
        participants: [
          { name: 'Host', user_id: ownerId, role: 'host', join_offset_minutes: 0 },
          {
            name: 'Speaker',
            role: 'panelist',
            join_offset_minutes: 2,
            share: [{ start_offset_minutes: 5, minutes: 3 }],
          },
          { name: 'Eager', join_offset_minutes: 1 },
          { name: 'Impatient', join_offset_minutes: 3, leave_offset_minutes: 8 },
          { name: 'Late', join_offset_minutes: 15, role_changes: [{ offset_minutes: 20, role: 'panelist' }] },
        ],
      })
      assert.equal(played.status, 200, played.text)
      assert.equal(played.body.participants_count, 4)
      const start = Date.parse(str(played.body.start_time))
      const joins = (await outboxEvents<{ uuid: string; participant: Json }>(t, 'webinar.participant_joined')).filter(
        (e) => e.payload.object.uuid === played.body.uuid,
      )
      const at = (name: string) => find(joins, (e) => e.payload.object.participant.user_name === name, name)
      assert.equal(at('Speaker').payload.object.participant.join_time, iso(start + 2 * MIN))
      assert.equal(at('Eager').payload.object.participant.join_time, iso(start + 10 * MIN))
      assert.equal(at('Late').payload.object.participant.join_time, iso(start + 15 * MIN))
      assert.equal(
        joins.some((e) => e.payload.object.participant.user_name === 'Impatient'),
        false,
      )
      const change = find(
        await outboxEvents<Role>(t, 'webinar.participant_role_changed'),
        (e) => e.payload.object.participant.user_name === 'Late',
      )
      assert.equal(change.payload.object.participant.date_time, iso(start + 20 * MIN))
      assert.equal(change.payload.object.participant.new_role, 'panelist')
      const ended = find(await outboxEvents(t, 'webinar.ended'), (e) => e.payload.object.uuid === played.body.uuid)
      assert.equal(ended.payload.object.practice_session, undefined)
    })

    it('a scenario whose broadcast never comes ends in the practice session', async () => {
      const played = await sim('POST', '/scenarios', {
        webinar: { create: { topic: 'Rehearsal only' } },
        duration_minutes: 20,
        broadcast_offset_minutes: 20,
        participants: [
          { name: 'Host', user_id: ownerId, role: 'host', join_offset_minutes: 0 },
          { name: 'Watcher', join_offset_minutes: 5 },
        ],
      })
      assert.equal(played.status, 200, played.text)
      assert.equal(played.body.participants_count, 1)
      const ended = find(await outboxEvents(t, 'webinar.ended'), (e) => e.payload.object.uuid === played.body.uuid)
      assert.equal(ended.payload.object.practice_session, true)
    })
  })

  describe('Q&A and polls', () => {
    it('questions, answers, comments and live answers are stored per instance with who gave them', async () => {
      const id = await webinar()
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const host = await join(id, { user_id: ownerId })
      const panelist = await join(id, { name: 'Pam Panel', email: 'pam@speakers.example', role: 'panelist' })
      const asker = await join(id, { name: 'Ann Asker', email: 'ann@guests.example' })
      const other = await join(id, { name: 'Otto', email: 'otto@guests.example' })

      const asked = await sim('POST', `/meetings/${id}/questions`, {
        participant_id: asker.participant_id,
        question: 'Will there be a recording?',
      })
      assert.equal(asked.status, 201, asked.text)
      assert.equal(asked.body.status, 'open')
      assert.equal(asked.body.name, 'Ann Asker')
      assert.equal(asked.body.email, 'ann@guests.example')
      assert.equal(asked.body.anonymous, false)
      assert.equal(asked.body.create_time, iso(t.clock.now()))
      const qid = str(asked.body.id)

      t.clock.advance(MIN)
      const comment = await sim('POST', `/meetings/${id}/questions/${qid}/answers`, {
        participant_id: other.participant_id,
        answer: 'I hope so too',
      })
      assert.equal(comment.status, 201, comment.text)
      assert.equal(comment.body.status, 'open')
      const answered = await sim('POST', `/meetings/${id}/questions/${qid}/answers`, {
        participant_id: panelist.participant_id,
        answer: 'Yes, within a day.',
      })
      assert.equal(answered.body.status, 'answered')
      assert.deepEqual(
        items(answered.body.answers).map((a) => [a.name, a.role, a.type, a.content]),
        [
          ['Otto', 'attendee', 'participant_commented', 'I hope so too'],
          ['Pam Panel', 'panelist', 'host_answered_publicly', 'Yes, within a day.'],
        ],
      )

      const secret = await sim('POST', `/meetings/${id}/questions`, {
        participant_id: other.participant_id,
        question: 'Is the price final?',
        anonymous: true,
      })
      assert.equal(secret.body.anonymous, true)
      const sid = str(secret.body.id)
      const privately = await sim('POST', `/meetings/${id}/questions/${sid}/answers`, {
        participant_id: host.participant_id,
        answer: 'Not yet.',
        private: true,
      })
      assert.equal(at0(privately.body.answers).type, 'host_answered_privately')
      const aloud = await sim('POST', `/meetings/${id}/questions/${sid}/answers`, {
        participant_id: panelist.participant_id,
        live: true,
      })
      assert.deepEqual(
        items(aloud.body.answers).map((a) => [a.type, a.content]),
        [
          ['host_answered_privately', 'Not yet.'],
          ['live_answered', 'live answered'],
        ],
      )

      // Refusals: attendees do not answer privately or live; an answer needs text; unknown questions and people.
      const answers = `/meetings/${id}/questions/${sid}/answers`
      refused(await sim('POST', answers, { participant_id: asker.participant_id, live: true }), 400, 300, 'live')
      refused(await sim('POST', answers, { participant_id: panelist.participant_id }), 400, 300, 'answer')
      refused(
        await sim('POST', answers, { participant_id: panelist.participant_id, live: true, answer: 'x' }),
        400,
        300,
        'answer',
      )
      refused(
        await sim('POST', `/meetings/${id}/questions/nope/answers`, {
          participant_id: panelist.participant_id,
          answer: 'x',
        }),
        404,
        404,
      )
      refused(await sim('POST', `/meetings/${id}/questions`, { participant_id: 'ghost', question: 'Hi?' }), 404, 404)

      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      // Read back after the end: the latest instance's rows.
      const stored = await sim('GET', `/meetings/${id}/activity`)
      assert.equal(stored.status, 200, stored.text)
      assert.deepEqual(
        items(stored.body.questions).map((q) => [q.question, q.anonymous, q.status, items(q.answers).length]),
        [
          ['Will there be a recording?', false, 'answered', 2],
          ['Is the price final?', true, 'answered', 2],
        ],
      )
      refused(await sim('POST', `/meetings/${id}/questions`, { participant_id: 'x', question: 'Late?' }), 400, 3000)
    })

    it('the Q&A settings are obeyed: Q&A off, no anonymous questions, no comments', async () => {
      const id = await webinar({
        question_and_answer: { enable: true, allow_anonymous_questions: false, attendees_can_comment: false },
      })
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const a = await join(id, { name: 'Asker' })
      const b = await join(id, { name: 'Commenter' })
      refused(
        await sim('POST', `/meetings/${id}/questions`, {
          participant_id: a.participant_id,
          question: 'Q?',
          anonymous: true,
        }),
        400,
        300,
        'anonymous',
      )
      const q = await sim('POST', `/meetings/${id}/questions`, { participant_id: a.participant_id, question: 'Q?' })
      assert.equal(q.status, 201)
      refused(
        await sim('POST', `/meetings/${id}/questions/${str(q.body.id)}/answers`, {
          participant_id: b.participant_id,
          answer: 'me too',
        }),
        400,
        3000,
      )
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)

      const off = await webinar({ question_and_answer: { enable: false } })
      assert.equal((await sim('POST', `/meetings/${off}/start`)).status, 200)
      const c = await join(off, { name: 'Curious' })
      refused(
        await sim('POST', `/meetings/${off}/questions`, { participant_id: c.participant_id, question: 'Q?' }),
        400,
        3000,
      )
      assert.equal((await sim('POST', `/meetings/${off}/end`)).status, 200)
    })

    it('poll votes are rows per question; a new vote replaces the last; the poll is launched, then ended', async () => {
      const id = await webinar()
      const made = await call('POST', `/v2/webinars/${id}/polls`, { title: 'Tracks', questions: [CHOICE, PICKS] })
      assert.equal(made.status, 201, made.text)
      const pollId = str(made.body.id)
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const voter = await join(id, { name: 'Val Voter', email: 'val@guests.example' })
      const panelist = await join(id, { name: 'Pan', role: 'panelist' })
      const votes = `/meetings/${id}/polls/${pollId}/votes`

      const first = await sim('POST', votes, {
        participant_id: voter.participant_id,
        answers: [
          { question: 'What do you use?', answer: ['REST', 'SDK'] },
          { question: 'Which track?', answer: 'Cloud' },
        ],
      })
      assert.equal(first.status, 201, first.text)
      assert.deepEqual(
        items(first.body.poll_answers).map((a) => [a.question, a.answer, a.name, a.email, a.poll_id]),
        [
          ['Which track?', 'Cloud', 'Val Voter', 'val@guests.example', pollId],
          ['What do you use?', 'REST;SDK', 'Val Voter', 'val@guests.example', pollId],
        ],
      )
      assert.equal((await call('GET', `/v2/webinars/${id}/polls/${pollId}`)).body.status, 'started')

      t.clock.advance(MIN)
      const again = await sim('POST', votes, {
        participant_id: voter.participant_id,
        answers: [
          { question: 'Which track?', answer: 'Edge' },
          { question: 'What do you use?', answer: 'Webhooks' },
        ],
      })
      assert.equal(again.status, 201, again.text)

      // Refusals, each naming the field at fault.
      const vote = (answers: Json[], who = voter) => sim('POST', votes, { participant_id: who.participant_id, answers })
      refused(await vote([{ question: 'Which track?', answer: 'Moon' }]), 400, 300, 'answers.0.answer')
      refused(await vote([{ question: 'Unknown?', answer: 'Cloud' }]), 400, 300, 'answers.0.question')
      refused(await vote([{ question: 'Which track?', answer: 'Cloud' }]), 400, 300, 'answers')
      refused(
        await vote([
          { question: 'Which track?', answer: ['Cloud', 'Edge'] },
          { question: 'What do you use?', answer: 'SDK' },
        ]),
        400,
        300,
        'answers.0.answer',
      )
      refused(
        await vote(
          [
            { question: 'Which track?', answer: 'Cloud' },
            { question: 'What do you use?', answer: 'SDK' },
          ],
          panelist,
        ),
        400,
        3000,
      )
      refused(
        await sim('POST', `/meetings/${id}/polls/missing/votes`, {
          participant_id: voter.participant_id,
          answers: [{ question: 'Which track?', answer: 'Cloud' }],
        }),
        404,
        404,
      )

      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      assert.equal((await call('GET', `/v2/webinars/${id}/polls/${pollId}`)).body.status, 'ended')
      const stored = await sim('GET', `/meetings/${id}/activity`)
      const end = t.clock.now()
      assert.deepEqual(
        items(stored.body.poll_answers).map((a) => [a.question, a.answer, a.date_time]),
        [
          ['Which track?', 'Edge', iso(end)],
          ['What do you use?', 'Webhooks', iso(end)],
        ],
      )
    })

    it('meetings take Q&A and poll answers too', async () => {
      const id = await createMeeting(t, token, { topic: 'Team poll', type: 2 })
      const made = await call('POST', `/v2/meetings/${id}/polls`, { title: 'Lunch', questions: [CHOICE] })
      assert.equal(made.status, 201, made.text)
      assert.equal((await sim('POST', `/meetings/${id}/start`)).status, 200)
      const host = await join(id, { user_id: ownerId })
      const mate = await join(id, { name: 'Mate' })
      const q = await sim('POST', `/meetings/${id}/questions`, {
        participant_id: mate.participant_id,
        question: 'When?',
      })
      const a = await sim('POST', `/meetings/${id}/questions/${str(q.body.id)}/answers`, {
        participant_id: host.participant_id,
        answer: 'Noon',
      })
      assert.equal(at0(a.body.answers).type, 'host_answered_publicly')
      assert.equal(at0(a.body.answers).role, 'host')
      const v = await sim('POST', `/meetings/${id}/polls/${str(made.body.id)}/votes`, {
        participant_id: mate.participant_id,
        answers: [{ question: 'Which track?', answer: 'Edge' }],
      })
      assert.equal(v.status, 201, v.text)
      // The host does not answer their own poll.
      refused(
        await sim('POST', `/meetings/${id}/polls/${str(made.body.id)}/votes`, {
          participant_id: host.participant_id,
          answers: [{ question: 'Which track?', answer: 'Edge' }],
        }),
        400,
        3000,
      )
      const uuid = str((await live(id)).uuid)
      assert.equal((await sim('POST', `/meetings/${id}/end`)).status, 200)
      const stored = await sim('GET', `/meetings/${id}/activity?instance_uuid=${encodeURIComponent(uuid)}`)
      assert.equal(stored.body.uuid, uuid)
      assert.equal(items(stored.body.questions).length, 1)
      assert.equal(items(stored.body.poll_answers).length, 1)
      refused(await sim('GET', `/meetings/${id}/activity?instance_uuid=nope`), 404, 404)
    })

    it('a scenario plays Q&A and votes at their offsets, on polls it creates', async () => {
      const played = await sim('POST', '/scenarios', {
        webinar: { create: { topic: 'Town hall' } },
        duration_minutes: 45,
        polls: [{ title: 'Mood', questions: [CHOICE] }],
        participants: [
          { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
          { name: 'Paula', email: 'paula@speakers.example', role: 'panelist', join_offset_minutes: 0 },
          {
            name: 'Quinn',
            email: 'quinn@guests.example',
            join_offset_minutes: 5,
            qa: [
              {
                offset_minutes: 10,
                question: 'Is there a roadmap?',
                answers: [
                  { by: 'Paula', offset_minutes: 12, answer: 'Yes, next slide.' },
                  { by: 'Host', offset_minutes: 20, live: true },
                ],
              },
              { offset_minutes: 30, question: 'Who are you?', anonymous: true },
            ],
            votes: [{ poll: 'Mood', offset_minutes: 15, answers: [{ question: 'Which track?', answer: 'Cloud' }] }],
          },
        ],
      })
      assert.equal(played.status, 200, played.text)
      const start = Date.parse(str(played.body.start_time))
      assert.equal(played.body.steps, 10)
      const stored = await sim('GET', `/meetings/${num(played.body.id)}/activity`)
      assert.equal(stored.body.uuid, played.body.uuid)
      const [roadmap, who] = items(stored.body.questions)
      assert.equal(roadmap?.create_time, iso(start + 10 * MIN))
      assert.deepEqual(
        items(roadmap?.answers).map((a) => [a.name, a.type, a.content, a.create_time]),
        [
          ['Paula', 'host_answered_publicly', 'Yes, next slide.', iso(start + 12 * MIN)],
          ['Host', 'live_answered', 'live answered', iso(start + 20 * MIN)],
        ],
      )
      assert.equal(who?.anonymous, true)
      assert.equal(who?.status, 'open')
      assert.deepEqual(
        items(stored.body.poll_answers).map((a) => [a.name, a.answer, a.date_time]),
        [['Quinn', 'Cloud', iso(start + 15 * MIN)]],
      )
    })
  })

  describe('scenario checks', () => {
    it('refuses what a webinar scenario cannot play, naming the fields', async () => {
      const play = (body: Json) => sim('POST', '/scenarios', { duration_minutes: 30, ...body })
      const one = { name: 'A', join_offset_minutes: 0 }
      refused(await play({ participants: [one] }), 400, 300, 'meeting')
      refused(
        await play({ meeting: { create: {} }, webinar: { create: {} }, participants: [one] }),
        400,
        300,
        'meeting',
      )
      refused(
        await play({ meeting: { create: {} }, broadcast_offset_minutes: 5, participants: [one] }),
        400,
        300,
        'broadcast_offset_minutes',
      )
      refused(
        await play({ webinar: { create: {} }, participants: [{ ...one, share: [{ start_offset_minutes: 1 }] }] }),
        400,
        300,
        'participants.0.share.0.start_offset_minutes',
      )
      refused(
        await play({
          webinar: { create: {} },
          participants: [
            { ...one, qa: [{ offset_minutes: 1, question: 'Q', answers: [{ by: 'Nobody', offset_minutes: 2 }] }] },
          ],
        }),
        400,
        300,
        'participants.0.qa.0.answers.0.by',
      )
      refused(
        await play({
          webinar: { create: {} },
          broadcast_offset_minutes: 10,
          participants: [
            { ...one, votes: [{ poll: 'P', offset_minutes: 5, answers: [{ question: 'Q', answer: 'A' }] }] },
          ],
        }),
        400,
        300,
        'participants.0.votes.0.offset_minutes',
      )
      refused(
        await play({
          meeting: { create: {} },
          participants: [{ ...one, role_changes: [{ offset_minutes: 1, role: 'panelist' }] }],
        }),
        400,
        300,
        'participants.0.role_changes.0',
      )
      refused(
        await play({ webinar: { create: {} }, participants: [{ ...one, register: true }] }),
        400,
        300,
        'participants.0.email',
      )
      const plain = await webinar({}, 'No practice')
      refused(
        await play({ webinar: { id: plain }, broadcast_offset_minutes: 5, participants: [one] }),
        400,
        300,
        'broadcast_offset_minutes',
      )
      refused(
        await play({
          webinar: { create: {} },
          participants: [
            { ...one, votes: [{ poll: 'Missing', offset_minutes: 5, answers: [{ question: 'Q', answer: 'A' }] }] },
          ],
        }),
        400,
        300,
        'participants.0.votes.0.poll',
      )
    })
  })
})

function at0(list: unknown): Json {
  return items(list)[0] ?? {}
}
