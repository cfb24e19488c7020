// Join and start links in a real browser (Chromium from the system): the host opens the start link, a participant
// the join link in another window; both see each other, the participant's tab closes, the host ends the meeting.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { items, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = join(process.env.TEST_ARTIFACTS ?? 'test-artifacts', 'join-links')

describe('join and start links in a browser', { skip: !existsSync(CHROMIUM) && `no browser at ${CHROMIUM}` }, () => {
  let t: TestServer
  let token: string
  let browser: Browser

  before(async () => {
    mkdirSync(shots, { recursive: true })
    ;({ t, token } = await startWithOwner())
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  const names = async (page: Page) => page.locator('#people li').allTextContents()

  it('holds a meeting from its links: host and participant see each other, leave and end', async () => {
    const id = await createMeeting(t, token, {
      topic: 'Held from the browser',
      type: 2,
      settings: { waiting_room: false },
    })
    const got = await t.call('GET', `/v2/meetings/${id}`, { token })
    const uuid = str(got.body.uuid)
    const host = await (await browser.newContext()).newPage()
    const guestContext = await browser.newContext({ locale: 'zh-CN' })
    const guest = await guestContext.newPage()

    // The participant comes first and waits for the host.
    await guest.goto(`${str(got.body.join_url)}&uname=Pat`)
    await guest.locator('body[data-state="waiting"]').waitFor()
    assert.match((await guest.locator('#status').textContent()) ?? '', /等待主持人/)
    await guest.screenshot({ path: join(shots, 'waiting-zh.png') })

    await host.goto(str(got.body.start_url))
    await host.locator('body[data-state="in"]').waitFor()
    await guest.locator('body[data-state="in"]').waitFor()
    await host.locator('#people li', { hasText: 'Pat' }).waitFor()
    await guest.locator('#people li', { hasText: 'Pat' }).waitFor()
    assert.equal((await names(guest)).length, 2)
    assert.match((await names(host)).join('|'), /\(host, you\)/)
    assert.match((await names(guest)).join('|'), /（主持人）/)
    assert.match((await names(guest)).join('|'), /Pat（您）/)
    // Once in, the name form is gone.
    assert.equal(await guest.locator('#name-form').isVisible(), false)
    assert.equal(await host.locator('#name-form').count(), 0)
    await guest.screenshot({ path: join(shots, 'in-zh.png') })
    await host.screenshot({ path: join(shots, 'host.png') })
    assert.equal((await outboxEvents(t, 'meeting.started')).length, 1)

    // Closing the participant's tab leaves the meeting; the host sees it.
    await guest.close({ runBeforeUnload: true })
    await host.waitForFunction(() => document.querySelectorAll('#people li').length === 1)
    const left = await outboxEvents<{ participant: Record<string, string> }>(t, 'meeting.participant_left')
    assert.equal(left.length, 1)
    assert.equal(left[0].payload.object.participant.user_name, 'Pat')

    await host.click('#end')
    await host.locator('body[data-state="out"]').waitFor()
    assert.equal((await outboxEvents(t, 'meeting.ended')).length, 1)
    const past = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(uuid)}/participants`, { token })
    assert.equal(past.status, 200, JSON.stringify(past.body))
    const people = items(past.body.participants).map((p) => p.name)
    assert.equal(people.length, 2)
    assert.ok(people.includes('Pat'))
    await guestContext.close()
  })

  it('holds a guest in the waiting room until admitted, in either language, and lets them leave from it', async () => {
    const id = await createMeeting(t, token, { topic: 'Waiting room from the browser', type: 2 })
    const got = await t.call('GET', `/v2/meetings/${id}`, { token })
    const host = await (await browser.newContext()).newPage()
    await host.goto(str(got.body.start_url))
    await host.locator('body[data-state="in"]').waitFor()

    const guestContext = await browser.newContext({ locale: 'zh-CN' })
    const guest = await guestContext.newPage()
    await guest.goto(`${str(got.body.join_url)}&uname=Quinn`)
    await guest.locator('body[data-state="waiting-room"]').waitFor()
    assert.equal((await guest.locator('#status').textContent())?.trim(), '请稍候，主持人即将允许您加入。')
    assert.equal(await guest.locator('#people li').count(), 0)
    assert.equal(await guest.locator('#room').isVisible(), false)
    await guest.screenshot({ path: join(shots, 'waiting-room-zh.png') })
    // The host's page lists only who is in the meeting.
    assert.equal((await names(host)).length, 1)

    const update = await t.call('PATCH', `/v2/live_meetings/${id}/events`, {
      token,
      body: {
        method: 'waiting_room.update',
        params: { waiting_room_title: 'Welcome to the review', waiting_room_description: 'We start in a minute.' },
      },
    })
    assert.equal(update.status, 202, JSON.stringify(update.body))
    await guest.locator('#lobby-title', { hasText: 'Welcome to the review' }).waitFor()
    await guest.click('a.lang')
    await guest.locator('#status', { hasText: 'Please wait, the host will let you in soon.' }).waitFor()
    await guest.locator('#lobby-text', { hasText: 'We start in a minute.' }).waitFor()
    await guest.screenshot({ path: join(shots, 'waiting-room-en.png') })

    const sim = (step: string) => t.call('POST', `/sim/meetings/${id}${step}`, { token, body: {} })
    const view = await t.call('GET', `/sim/meetings/${id}`, { token })
    const pids = items(view.body.participants)
      .filter((p) => p.name === 'Quinn')
      .map((p) => str(p.participant_id))
    // Reloading the page joined again: the first tab's session left, the second waits.
    const pid = str(pids.at(-1))
    assert.equal((await sim(`/participants/${pid}/admit`)).status, 201)
    await guest.locator('body[data-state="in"]').waitFor()
    await guest.locator('#people li', { hasText: 'Quinn' }).waitFor()
    assert.equal(await guest.locator('#lobby').isVisible(), false)

    assert.equal((await sim(`/participants/${pid}/put_in_waiting_room`)).status, 201)
    await guest.locator('body[data-state="waiting-room"]').waitFor()
    await guest.click('#leave')
    await guest.locator('body[data-state="out"]').waitFor()
    await host.waitForFunction(() => document.querySelectorAll('#people li').length === 1)
    const left = await outboxEvents<{ participant: Record<string, string> }>(t, 'meeting.participant_left_waiting_room')
    assert.deepEqual(
      left.map((e) => e.payload.object.participant.user_name),
      ['Quinn', 'Quinn'],
    )
    await guestContext.close()
  })
})
