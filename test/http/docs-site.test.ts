// The reference site over HTTP: a page per operation in both languages, guides, search index, the token button.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { operations } from '../../src/api/index.js'
import { GUIDES } from '../../src/docs/site/guides.js'
import { groupSlug } from '../../src/docs/site/operation-page.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('the reference site', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', path)

  it('has a page for every operation in English and Chinese, with its summary, path and fields', async () => {
    for (const op of operations) {
      for (const lang of ['en', 'zh'] as const) {
        const res = await get(`/docs/${lang}/${groupSlug(op.group)}/${op.id}`)
        assert.equal(res.status, 200, `${lang} ${op.id}`)
        assert.match(res.headers.get('content-type') ?? '', /text\/html/)
        assert.ok(
          res.text.includes(`<h1>${op.summary[lang].replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h1>`),
          op.id,
        )
        for (const m of op.path.matchAll(/\{(\w+)\}/g)) assert.ok(res.text.includes(`id="param-${m[1]}"`), op.id)
      }
    }
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
})
