// The reference site in a real browser (Chromium from the system, driven by playwright-core): both languages,
// search, an operation page, trying an operation with a minted token, and the guides. Screenshots of each page
// are written to test-artifacts/docs/ (or $TEST_ARTIFACTS/docs/).
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startTestServer, type TestServer } from '../helpers/server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const shots = join(process.env.TEST_ARTIFACTS ?? 'test-artifacts', 'docs')

describe('the reference site in a browser', { skip: !existsSync(CHROMIUM) && `no browser at ${CHROMIUM}` }, () => {
  let t: TestServer
  let browser: Browser
  let page: Page
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false })

  before(async () => {
    mkdirSync(shots, { recursive: true })
    t = await startTestServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  })
  after(async () => {
    await browser?.close()
    await t?.close()
  })

  it('opens /docs in English and in Chinese, with the sidebar in the page’s language', async () => {
    await page.goto(`${t.origin}/docs/en`)
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.ok(await page.locator('nav.side summary', { hasText: 'Meetings' }).count())
    await shot('home-en')
    await page.click('a.lang')
    await page.waitForURL(/\/docs\/zh$/)
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
    assert.ok(await page.locator('nav.side summary', { hasText: '会议' }).count())
    await shot('home-zh')
  })

  it('finds the create-meeting field waiting_room, and says so when nothing matches', async () => {
    await page.goto(`${t.origin}/docs/en`)
    await page.fill('#search', 'waiting_room')
    const hit = page.locator('#results a', { hasText: 'settings.waiting_room' }).filter({ hasText: 'Create a meeting' })
    await hit.first().waitFor()
    await shot('search-waiting-room')
    await hit.first().click()
    await page.waitForURL(/\/docs\/en\/meetings\/meetingCreate#body-settings\.waiting_room$/)
    assert.ok(await page.locator('tr[id="body-settings.waiting_room"]').isVisible())

    await page.fill('#search', 'zzqqxx-nothing')
    await page.locator('#results .empty').waitFor()
    assert.equal(await page.locator('#results .empty').textContent(), 'No results')
  })

  it('opens 创建会议, tries it with a minted token and sees 201 and the new meeting’s id', async () => {
    await page.goto(`${t.origin}/docs/zh`)
    await page.locator('nav.side summary', { hasText: /^会议$/ }).click()
    const link = page.locator('nav.side a[data-op="meetingCreate"]')
    assert.match((await link.textContent()) ?? '', /创建会议$/)
    await link.click()
    await page.waitForURL(/\/docs\/zh\/meetings\/meetingCreate$/)
    assert.equal(await page.locator('h1').textContent(), '创建会议')
    await shot('meeting-create-zh')

    await page.click('form.try button.mint')
    await page.waitForFunction(() => {
      const input = document.querySelector<HTMLInputElement>('form.try input[name=token]')
      return !!input && input.value.length > 20
    })
    await page.fill('form.try input[data-path-param=userId]', 'me')
    await page.fill('form.try textarea[name=body]', JSON.stringify({ topic: 'Tried from the docs', type: 2 }))
    await page.click('form.try button.send')
    await page.locator('form.try .answer .status', { hasText: '201' }).waitFor()
    const body = JSON.parse((await page.locator('form.try .answer .body').textContent()) ?? '{}') as {
      id?: number
      topic?: string
    }
    assert.equal(body.topic, 'Tried from the docs')
    assert.ok(typeof body.id === 'number' && body.id > 0)
    await page.locator('form.try .answer').scrollIntoViewIfNeeded()
    await shot('meeting-create-tried')

    const stored = await t.call('GET', `/v2/meetings/${body.id}`, { token: await t.token() })
    assert.equal(stored.status, 200)
  })

  it('lines up the try-it fields in one column and offers enumerated values as a choice', async () => {
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`${t.origin}/docs/${lang}/users/users`)
      const form = page.locator('form.try')
      await form.scrollIntoViewIfNeeded()
      const lefts = await form
        .locator('.fields > input, .fields > select, .fields > .token')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)))
      assert.ok(lefts.length > 3, lang)
      assert.equal(new Set(lefts).size, 1, `${lang}: ${lefts.join(' ')}`)
      const status = form.locator('select[data-query-param=status]')
      assert.deepEqual(
        await status.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
        ['', 'active', 'inactive', 'pending'],
      )
      await status.selectOption('inactive')
      await page.screenshot({ path: join(shots, `try-form-${lang}.png`), fullPage: false })
      await page.click('form.try button.mint')
      await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#try-token')?.value.length ?? 0) > 20)
      const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/v2/users')
      await page.click('form.try button.send')
      assert.equal(new URL((await sent).url()).searchParams.get('status'), 'inactive')
      await page.locator('form.try .answer .status', { hasText: '200' }).waitFor()
    }
  })

  it('follows the sidebar to the Webhooks guide in both languages', async () => {
    for (const [lang, title] of [
      ['en', 'Webhooks'],
      ['zh', 'Webhook'],
    ] as const) {
      await page.goto(`${t.origin}/docs/${lang}`)
      await page.locator('nav.side ul.guides a[href$="/guides/webhooks"]').click()
      await page.waitForURL(new RegExp(`/docs/${lang}/guides/webhooks$`))
      assert.match((await page.locator('article.guide h1').textContent()) ?? '', new RegExp(title))
      await shot(`guide-webhooks-${lang}`)
    }
  })
})
