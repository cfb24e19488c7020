// The console in a real browser (Chromium from the system, driven by playwright-core): a meeting created through
// the API is started from the console, two people join it from its join link in their own pages, the console shows
// them as they arrive, ends it, and the API has the past instance with both; then a webhook delivery that failed is
// replayed from the console once its receiver works. Screenshots go to test-artifacts/console/.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, str } from '../helpers/json.js'
import { failedUserCreatedDelivery } from '../helpers/rivet-webhooks.js'
import { recordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = join(process.env.TEST_ARTIFACTS ?? 'test-artifacts', 'console')

describe('the console in a browser', { skip: !existsSync(CHROMIUM) && `no browser at ${CHROMIUM}` }, () => {
  let t: TestServer
  let token: string
  let browser: Browser
  let console_: Page
  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })

  before(async () => {
    mkdirSync(shots, { recursive: true })
    ;({ t, token } = await startWithOwner())
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    console_ = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  it('opens at `/` in either language, with the apps’ credentials', async () => {
    await console_.goto(`${t.origin}/`)
    await console_.waitForURL(/\/console\/en$/)
    assert.ok(await console_.locator('.apps', { hasText: t.seed.clientId }).count())
    await shot(console_, 'overview-en')
    await console_.click('a.lang')
    await console_.waitForURL(/\/console\/zh\?account=/)
    assert.equal(await console_.locator('html').getAttribute('lang'), 'zh-CN')
    await console_.locator('h2', { hasText: '应用和凭据' }).waitFor()
    await shot(console_, 'overview-zh')
  })

  it('follows a meeting live as two people join from its link, and ends it', async () => {
    const id = await createMeeting(t, token, { topic: 'Console in a browser', type: 2 })
    const joinUrl = str((await t.call('GET', `/v2/meetings/${id}`, { token })).body.join_url)

    await console_.goto(`${t.origin}/console/en/meetings?account=${t.seed.accountId}`)
    await console_.click(`tr[data-meeting="${id}"] a`)
    await console_.waitForURL(new RegExp(`/console/en/meetings/${id}`))
    assert.equal(await console_.locator('a.join-url').textContent(), joinUrl)
    // Only what applies to the meeting's state can be pressed.
    const enabled = async () =>
      console_.locator('section.controls button:enabled').evaluateAll((bs) => bs.map((b) => b.className).join(' '))
    assert.equal(await enabled(), 'start')
    await console_.locator('#people-none').waitFor()
    await console_.click('button.start')
    await console_.locator('#status', { hasText: 'started' }).waitFor()
    await console_.locator('button.record:enabled').waitFor()
    assert.equal(await enabled(), 'record danger end join')

    const guests: Page[] = []
    for (const name of ['Ada', 'Lin']) {
      const guest = await (await browser.newContext()).newPage()
      await guest.goto(`${joinUrl}${joinUrl.includes('?') ? '&' : '?'}uname=${name}`)
      // The meeting's waiting room is on: the console learns of each arrival by itself, and the host admits them.
      await guest.locator('body[data-state="waiting-room"]').waitFor()
      const held = console_.locator('#waiting tr', { hasText: name })
      await held.waitFor()
      if (!guests.length) await shot(console_, 'meeting-waiting-room')
      await held.locator('button.admit').click()
      await guest.locator('body[data-state="in"]').waitFor()
      guests.push(guest)
      await console_.locator('#people tr', { hasText: name }).waitFor()
    }
    await shot(console_, 'meeting-live')
    await shot(guests[0], 'guest-in')

    // A third is added from the console with a device and a network, and shares the screen.
    await console_.fill('form.add input[name=name]', 'Kim')
    await console_.selectOption('form.add select[name=device]', 'Android')
    await console_.selectOption('form.add select[name=network_type]', 'Cellular')
    await console_.click('form.add button[type=submit]')
    const kim = console_.locator('#people tr', { hasText: 'Kim' })
    await kim.waitFor()
    assert.match((await kim.textContent()) ?? '', /Android.*Cellular/s)
    await kim.locator('button.share').click()
    await console_.locator('#people tr', { hasText: 'sharing' }).waitFor()
    await console_.click('button.record')
    await console_.locator('#recording', { hasText: 'recording' }).waitFor()
    await console_.locator('button.record-pause:enabled').waitFor()
    assert.equal(await enabled(), 'quiet record-pause quiet record-stop danger end join')
    await shot(console_, 'meeting-sharing-recording')
    await console_.click('a.lang')
    await console_.locator('#recording', { hasText: '录制中' }).waitFor()
    await console_.locator('#people tr', { hasText: '蜂窝网络' }).waitFor()
    await shot(console_, 'meeting-live-zh')
    await console_.click('a.lang')
    await console_.locator('#status', { hasText: 'Started' }).waitFor()

    await console_.click('button.end')
    await console_.locator('.held .instance').waitFor()
    for (const guest of guests) {
      await guest.locator('body[data-state="out"]').waitFor()
      assert.equal(await guest.locator('#name-form').isVisible(), false)
    }
    assert.match((await console_.locator('.held h3').first().textContent()) ?? '', /· 3 participants$/)
    await shot(console_, 'meeting-ended')
    await shot(guests[0], 'guest-ended')

    const past = await t.call('GET', `/v2/past_meetings/${id}/participants`, { token })
    assert.equal(past.status, 200, past.text)
    const names = items(past.body.participants).map((p) => p.name)
    for (const name of ['Ada', 'Lin', 'Kim']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`)

    await console_.goto(`${t.origin}/console/zh/meetings/${id}?account=${t.seed.accountId}`)
    assert.match((await console_.locator('.held h3').first().textContent()) ?? '', /· 3 位参会者$/)
    await shot(console_, 'meeting-ended-zh')
  })

  it('shows recordings, and their play pages, in either language', async () => {
    const held = await recordedMeeting(t, token, { topic: 'Recorded for the console', minutes: 6 })
    const rec = (await t.call('GET', `/v2/meetings/${held.id}/recordings`, { token })).body
    for (const lang of ['en', 'zh']) {
      await console_.goto(`${t.origin}/console/${lang}/recordings?account=${t.seed.accountId}`)
      await shot(console_, `recordings-${lang}`)
    }
    const play = await console_.locator('a.play').first().getAttribute('href')
    const viewer = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
    const problems: string[] = []
    viewer.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())))
    await viewer.goto(str(play))
    assert.equal(await viewer.locator('html').getAttribute('lang'), 'zh-CN')
    await viewer.locator('h1', { hasText: '请输入密码' }).waitFor()
    await shot(viewer, 'play-passcode-zh')
    await viewer.click('a.lang')
    await viewer.locator('h1', { hasText: 'Enter the passcode' }).waitFor()
    await shot(viewer, 'play-passcode-en')
    const download = await console_.locator('a.download').first().getAttribute('href')
    await viewer.goto(str(download).replace(/\?access_token=.*/, '?lang=zh'))
    await viewer.locator('h1', { hasText: '无法下载此录制' }).waitFor()
    await shot(viewer, 'download-refused-zh')
    const share = new URL(str(rec.share_url))
    share.searchParams.set('lang', 'zh')
    await viewer.goto(share.href)
    await viewer.locator('h2', { hasText: '录制文件' }).waitFor()
    await shot(viewer, 'share-zh')
    await viewer.locator('ul.files a').first().click()
    await viewer.fill('input[name=pwd]', str(rec.recording_play_passcode))
    await viewer.click('form button')
    await viewer.locator('video').waitFor()
    assert.equal(await viewer.locator('html').getAttribute('lang'), 'zh-CN')
    await shot(viewer, 'player-zh')
    // Nothing the pages ask for is missing, the icon included.
    assert.deepEqual(problems, [])
  })

  it('replays a delivery that failed, once the receiver answers again', async () => {
    const { receiver, fix } = await failedUserCreatedDelivery(t, token, 'console-browser@example.com')
    try {
      await console_.goto(`${t.origin}/console/en/webhooks?account=${t.seed.accountId}`)
      const failed = console_.locator('tr.log.failed', { hasText: 'user.created' })
      assert.match((await failed.locator('.pill').textContent()) ?? '', /500/)
      await shot(console_, 'webhook-failed')

      fix()
      await failed.locator('button.replay').click()
      await console_.locator('tr.log.ok', { hasText: 'user.created' }).waitFor()
      await shot(console_, 'webhook-replayed')
      assert.equal(receiver.events.length, 2)

      const logs = await t.call('GET', `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs`, { token })
      find(items(logs.body.webhook_logs), (l) => l.status === 200 && l.event === 'user.created')
    } finally {
      await receiver.close()
    }
  })
})
