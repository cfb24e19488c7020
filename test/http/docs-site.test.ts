// The reference site over HTTP: a page per operation in both languages, guides, search index, the token button.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { operations } from '../../src/api/index.js'
import { groupName } from '../../src/catalog/groups.js'
import { GUIDES } from '../../src/docs/site/guides.js'
import { esc } from '../../src/docs/site/frame.js'
import { groupSlug } from '../../src/docs/site/operation-page.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('the reference site', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', path)
  /** The page as a browser gets it: its own headers sent, a redirect not followed. */
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(t.origin + path, { headers, redirect: 'manual' })
    return { status: res.status, headers: res.headers, text: await res.text() }
  }
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

  it('has a page for every operation in both languages: summary, path, fields, breadcrumb and readable errors', async () => {
    let errorTables = 0
    for (const op of operations) {
      for (const lang of ['en', 'zh'] as const) {
        const res = await get(`/docs/${lang}/${groupSlug(op.group)}/${op.id}`)
        assert.equal(res.status, 200, `${lang} ${op.id}`)
        assert.match(res.headers.get('content-type') ?? '', /text\/html/)
        assert.ok(res.text.includes(`<h1>${esc(op.summary[lang])}</h1>`), op.id)
        for (const m of op.path.matchAll(/\{(\w+)\}/g)) assert.ok(res.text.includes(`id="param-${m[1]}"`), op.id)
        // The breadcrumb names the group in the page's language.
        assert.ok(res.text.includes(`<p class="crumbs">${esc(groupName(op.group, lang))} ·`), `${lang} ${op.id}`)
        const errors = /<h2 id="errors">[\s\S]*?<\/table>/.exec(res.text)?.[0]
        if (lang !== 'en' || errors === undefined) continue
        errorTables++
        const unreadable = [...errors].filter((c) => {
          const n = c.codePointAt(0) ?? 0
          return (n < 0x20 && !'\n\r\t'.includes(c)) || (n >= 0x7f && n <= 0x9f) || n === 0xfffd
        })
        assert.deepEqual(unreadable, [], op.id)
      }
    }
    // Nearly every operation lists errors; a page whose table went missing must not pass unread.
    assert.ok(errorTables >= 300, `${errorTables} pages with an errors table`)
  })

  it('answers 404 with a Zoom-shaped body for an unknown page', async () => {
    for (const path of ['/docs/fr', '/docs/en/meetings/noSuchOperation', '/docs/en/guides/nothing']) {
      const res = await get(path)
      assert.equal(res.status, 404, path)
      assert.equal(typeof res.body.code, 'number')
    }
  })

  it('serves every guide in both languages, titled by its first heading', async () => {
    for (const slug of GUIDES) {
      for (const lang of ['en', 'zh'] as const) {
        const res = await get(`/docs/${lang}/guides/${slug}`)
        assert.equal(res.status, 200, `${lang}/${slug}`)
        assert.match(res.text, /<article class="guide"><h1 id="[^"]+">[^<]+/, `${lang}/${slug}`)
        assert.doesNotMatch(res.text, /TEMP/, `${lang}/${slug}`)
      }
    }
  })

  it('indexes operations in both languages and fields for the search box', async () => {
    type Entry = { k: string; t: string; h: string; x: string }
    const en = (await t.call<Entry[]>('GET', '/docs/search-en.json')).body
    const zh = (await t.call<Entry[]>('GET', '/docs/search-zh.json')).body
    const create = en.find((e) => e.k === 'op' && e.h === '/docs/en/meetings/meetingCreate')
    assert.ok(create && create.x.includes('创建会议') && create.x.includes('Create a meeting'))
    const field = en.find((e) => e.k === 'field' && e.t === 'settings.waiting_room')
    assert.equal(field?.h, '/docs/en/meetings/meetingCreate#body-settings.waiting_room')
    assert.ok(zh.some((e) => e.k === 'op' && e.t === '创建会议'))
  })

  it('hands a browser on this machine a token of the seeded app, which the API accepts', async () => {
    const res = await t.call('POST', '/docs/token')
    assert.equal(res.status, 200)
    const token = typeof res.body.access_token === 'string' ? res.body.access_token : undefined
    assert.ok(token)
    const me = await t.call('GET', '/v2/users/me', { token })
    assert.equal(me.status, 200)
  })

  it('serves /openapi.json with descriptions in English, and in Chinese with ?lang=zh', async () => {
    type Doc = { paths: Record<string, Record<string, { parameters: { name: string; description?: string }[] }>> }
    const en = (await t.call<Doc>('GET', '/openapi.json')).body
    const zh = (await t.call<Doc>('GET', '/openapi.json?lang=zh')).body
    const param = (d: Doc) => d.paths['/users/{userId}/meetings']?.post?.parameters.find((p) => p.name === 'userId')
    assert.match(param(en)?.description ?? '', /user/i)
    assert.match(param(zh)?.description ?? '', /用户/)
    const create = en.paths['/users/{userId}/meetings']?.post as unknown as {
      requestBody: { content: { 'application/json': { example?: { type?: number } } } }
      responses: { '201': { content: { 'application/json': { example?: { id?: number; join_url?: string } } } } }
    }
    assert.equal(typeof create.requestBody.content['application/json'].example?.type, 'number')
    assert.equal(typeof create.responses['201'].content['application/json'].example?.id, 'number')
    const oauth = en.paths['/oauth/token']?.post as unknown as { operationId: string; servers: { url: string }[] }
    assert.equal(oauth.operationId, 'oauthToken')
    assert.deepEqual(oauth.servers, [{ url: '/' }])
  })

  it('writes samples and guides with the address the server is reached at', async () => {
    const list = await page('/docs/en/users/users')
    assert.ok(list.text.includes(`curl -X GET &#39;${t.origin}/v2/users`), 'curl')
    assert.ok(list.text.includes(`BASE = &quot;${t.origin}&quot;`), 'python')
    assert.ok(list.text.includes(`baseUrl: &#39;${t.origin}/v2&#39;`), 'rivet')
    for (const path of [
      '/docs/en/users/users',
      '/docs/zh/users/users',
      '/docs/en',
      '/docs/zh/guides/getting-started',
    ]) {
      const res = await page(path)
      assert.doesNotMatch(res.text, /127\.0\.0\.1:8080/, path)
    }
    assert.ok((await page('/docs/en/guides/getting-started')).text.includes(`${t.origin}/oauth/token`))

    // A public address set in the configuration wins, on pages already built too.
    const own = t.config.publicUrl
    t.config.publicUrl = 'https://zoom.example.test'
    try {
      const again = await page('/docs/en/users/users')
      assert.ok(again.text.includes(`curl -X GET &#39;https://zoom.example.test/v2/users`))
      assert.ok((await page('/docs/zh/guides/getting-started')).text.includes('https://zoom.example.test/oauth/token'))
    } finally {
      t.config.publicUrl = own
    }
  })

  it('names the group in the page’s language in the breadcrumb', async () => {
    assert.match((await page('/docs/zh/users/users')).text, /<p class="crumbs">用户 ·/)
    assert.match((await page('/docs/en/users/users')).text, /<p class="crumbs">Users ·/)
  })

  it('lists each error once per pattern', async () => {
    const users = (await page('/docs/en/users/users')).text
    assert.equal(users.match(/Account does not exist: /g)?.length, 1)
    const user = (await page('/docs/en/users/user')).text
    assert.equal(user.match(/User does not exist: /g)?.length, 1)
    assert.match(user, /does not contain scopes/)
  })

  it('serves each OpenAPI document in its own language throughout', async () => {
    const texts = (doc: unknown) => {
      const out: { where: string; text: string }[] = []
      const walk = (v: unknown, where: string) => {
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) {
            if ((k === 'summary' || k === 'description') && typeof x === 'string')
              out.push({ where: `${where}.${k}`, text: x })
            else walk(x, `${where}.${k}`)
          }
      }
      walk(doc, '')
      return out
    }
    const en = (await t.call('GET', '/openapi.json')).body
    const zh = (await t.call('GET', '/openapi.json?lang=zh')).body
    const chinese = texts(en).filter((x) => CJK.test(x.text))
    assert.deepEqual(chinese.slice(0, 3), [])
    const english = texts(zh).filter((x) => /Scopes:|Rate limit label:/.test(x.text))
    assert.deepEqual(english.slice(0, 3), [])
    type Paths = Record<string, Record<string, { operationId: string; summary: string }>>
    const summaries = new Map<string, string>()
    for (const item of Object.values((zh as { paths: Paths }).paths))
      for (const o of Object.values(item)) summaries.set(o.operationId, o.summary)
    for (const op of operations) assert.match(summaries.get(op.id) ?? '', CJK, op.id)
    assert.equal(summaries.get('users'), '列出用户')
  })

  it('shows a browser an HTML 404 in the path’s language, and leads a group’s address to its first operation', async () => {
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }
    for (const [path, lang, text] of [
      ['/docs/en/users/noSuchOperation', 'en', 'Page not found'],
      ['/docs/zh/guides/nothing', 'zh', '页面不存在'],
      ['/docs/zh/nothing/at/all', 'zh', '页面不存在'],
      ['/docs/en/nothing', 'en', 'Page not found'],
    ] as const) {
      const res = await page(path, html)
      assert.equal(res.status, 404, path)
      assert.match(res.headers.get('content-type') ?? '', /text\/html/, path)
      assert.ok(res.text.includes(text), path)
      assert.ok(res.text.includes(`<a class="home" href="/docs/${lang}">`), path)
    }
    const api = await page('/docs/en/nothing/at/all')
    assert.equal(api.status, 404)
    assert.equal(typeof (JSON.parse(api.text) as { code?: unknown }).code, 'number')

    const group = await page('/docs/en/users', html)
    assert.equal(group.status, 302)
    assert.equal(group.headers.get('location'), '/docs/en/users/users')
    assert.equal((await page('/docs/zh/meetings')).headers.get('location'), '/docs/zh/meetings/meetingCreate')
  })

  it('offers an enumerated parameter’s values as a choice in the try-it form', async () => {
    const res = await page('/docs/en/users/users')
    const form = /<form class="try"[\s\S]*?<\/form>/.exec(res.text)?.[0] ?? ''
    const status = /<select id="try-query-status" data-query-param="status">([\s\S]*?)<\/select>/.exec(form)?.[1]
    assert.ok(status, 'status is a select')
    const options = [...status.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])
    assert.deepEqual(options, ['', 'active', 'inactive', 'pending'])
    assert.match(form, /<input id="try-query-page_size" data-query-param="page_size"/)
  })
})
