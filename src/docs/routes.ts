import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AnyOperation } from '../http/operation.js'
import { ensureSeed } from '../seed.js'
import type { Services } from '../services.js'
import type { Lang } from './describe.js'
import { buildOpenApi } from './openapi.js'
import { DOCS_CSS, DOCS_JS } from './site/assets.js'
import { isLang, pickLang } from './site/frame.js'
import { isGuide } from './site/guides.js'
import { operationHref } from './site/operation-page.js'
import { withOrigin } from './site/samples.js'
import { DocsSite } from './site/site.js'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
/** Origins whose rewritten pages are kept: the server is reached at one or two. */
const KEPT_ORIGINS = 8

export function registerDocs(app: FastifyInstance, svc: Services, operations: AnyOperation[]): void {
  const documents = new Map<Lang, string>()
  const site = new DocsSite(operations)

  app.get<{ Querystring: { lang?: string } }>('/openapi.json', async (request, reply) => {
    const lang = pickLang(request, { asked: request.query.lang, browser: false })
    let doc = documents.get(lang)
    if (!doc) {
      doc = JSON.stringify(buildOpenApi(operations, { lang }))
      documents.set(lang, doc)
    }
    reply.type('application/json; charset=utf-8')
    return doc
  })

  // The site keeps its pages with the samples' origin; each is rewritten once for the origin it is sent with, read
  // at each answer as the address may be learnt only once the server listens.
  const atOrigin = new Map<string, Map<string, string>>()
  const send = (reply: { type: (t: string) => unknown }, text: string) => {
    reply.type('text/html; charset=utf-8')
    const origin = svc.config.publicUrl
    let pages = atOrigin.get(origin)
    if (!pages) {
      if (atOrigin.size >= KEPT_ORIGINS) atOrigin.delete(atOrigin.keys().next().value ?? '')
      pages = new Map()
      atOrigin.set(origin, pages)
    }
    let page = pages.get(text)
    if (page === undefined) {
      page = withOrigin(text, origin)
      pages.set(text, page)
    }
    return page
  }
  // A browser gets a page of the reference in the path's language; API clients get Zoom's JSON 404.
  const missing = (request: FastifyRequest, reply: FastifyReply) => {
    if (!/\btext\/html\b/.test(String(request.headers.accept ?? ''))) return reply.callNotFound()
    const path = request.url.split('?')[0]
    const first = path.split('/')[2]
    reply.code(404)
    // Not kept: each names the path asked for.
    reply.type('text/html; charset=utf-8')
    return withOrigin(site.notFound(isLang(first) ? first : pickLang(request), path), svc.config.publicUrl)
  }
  app.get('/docs', async (request, reply) => reply.redirect(`/docs/${pickLang(request)}`))
  app.get('/docs/assets/docs.css', async (_req, reply) => {
    reply.type('text/css; charset=utf-8')
    return DOCS_CSS
  })
  app.get('/docs/assets/docs.js', async (_req, reply) => {
    reply.type('text/javascript; charset=utf-8')
    return DOCS_JS
  })
  for (const lang of ['en', 'zh'] as const) {
    app.get(`/docs/search-${lang}.json`, async (_req, reply) => {
      reply.type('application/json; charset=utf-8')
      return site.searchIndex(lang)
    })
  }
  app.get<{ Params: { lang: string } }>('/docs/:lang', async (request, reply) => {
    const { lang } = request.params
    if (!isLang(lang)) return missing(request, reply)
    return send(reply, site.home(lang))
  })
  app.get<{ Params: { lang: string } }>('/docs/:lang/webhooks/events', async (request, reply) => {
    const { lang } = request.params
    if (!isLang(lang)) return missing(request, reply)
    return send(reply, site.events(lang))
  })
  app.get<{ Params: { lang: string; slug: string } }>('/docs/:lang/guides/:slug', async (request, reply) => {
    const { lang, slug } = request.params
    if (!isLang(lang) || !isGuide(slug)) return missing(request, reply)
    return send(reply, site.guidePage(lang, slug))
  })
  app.get<{ Params: { lang: string; group: string; id: string } }>('/docs/:lang/:group/:id', async (request, reply) => {
    const { lang, group, id } = request.params
    const op = site.find(group, id)
    if (!isLang(lang) || !op) return missing(request, reply)
    return send(reply, site.operation(lang, op))
  })
  // A group's own address leads to its first operation, as the overview's list of groups does.
  app.get<{ Params: { lang: string; group: string } }>('/docs/:lang/:group', async (request, reply) => {
    const { lang, group } = request.params
    const first = site.groupOperations(group)?.[0]
    if (!isLang(lang) || !first) return missing(request, reply)
    return reply.redirect(operationHref(lang, first))
  })
  app.get('/docs/*', async (request, reply) => missing(request, reply))

  // The "try it" form's token: an access token of the seeded app, for a browser on this machine only, as anyone
  // who can reach this endpoint could act as that app.
  app.post('/docs/token', async (request, reply) => {
    if (!LOOPBACK.has(request.ip)) {
      reply.code(403)
      return { code: 403, message: 'Tokens are handed out to browsers on the server’s own machine only.' }
    }
    // Finds (or, on a database seeded before, repairs) the seeded app, as the CLI's `token` command does.
    const seeded = await ensureSeed(svc, svc.config.seed)
    const token = await svc.tokens.issueAccountCredentials(seeded.clientId, seeded.clientSecret, seeded.accountId)
    return token
  })
}
