import type { FastifyInstance } from 'fastify'
import { otherLangHref, pickLang, sendPage } from '../../docs/site/frame.js'
import type { Services } from '../../services.js'
import { JoinDesk } from './desk.js'
import { refusedPage, roomPage } from './pages.js'

type LinkQuery = Record<string, string | undefined>

const linkQuery = (q: LinkQuery): Record<string, string> =>
  Object.fromEntries(['pwd', 'uname', 'lang'].flatMap((k) => (q[k] !== undefined ? [[k, String(q[k])]] : [])))

/**
 * Join links (`/j/{id}`, `/w/{id}` for webinars) and start links (`/s/{id}`) open pages that hold the meeting in
 * the simulator; the pages talk to the endpoints under /web/join.
 */
export function registerJoinPages(app: FastifyInstance, svc: Services): void {
  const desk = new JoinDesk(svc)
  // Pages closed without a word (a crashed tab) are swept even when no other page polls.
  const sweeper = setInterval(() => void desk.sweep().catch(() => undefined), 5000)
  sweeper.unref()
  app.addHook('onClose', async () => clearInterval(sweeper))

  for (const joinPath of ['j', 'w']) {
    app.get<{ Params: { id: string }; Querystring: LinkQuery }>(`/${joinPath}/:id`, async (request, reply) => {
      const lang = pickLang(request, { asked: request.query.lang })
      const other = otherLangHref(request.url, lang)
      const m = await desk.meeting(request.params.id, joinPath)
      if (!m) return sendPage(reply, 404, refusedPage(lang, other, 'noMeeting', request.params.id))
      const { pwd, passcode, uname } = request.query
      if (!desk.passcodeOk(m, { pwd, passcode }))
        return sendPage(reply, 403, refusedPage(lang, other, 'wrongPasscode', String(m.id), linkQuery(request.query)))
      return sendPage(
        reply,
        200,
        roomPage(lang, other, m.doc.topic, { mode: 'join', meetingId: m.id, joinPath, pwd, passcode, uname }),
      )
    })
  }

  app.get<{ Params: { id: string }; Querystring: LinkQuery }>('/s/:id', async (request, reply) => {
    const lang = pickLang(request, { asked: request.query.lang })
    const other = otherLangHref(request.url, lang)
    const m = await desk.zakMeeting(request.params.id, request.query.zak)
    if (!m) return sendPage(reply, 403, refusedPage(lang, other, 'badZak', request.params.id))
    return sendPage(
      reply,
      200,
      roomPage(lang, other, m.doc.topic, { mode: 'start', meetingId: m.id, joinPath: 's', zak: request.query.zak }),
    )
  })

  type EnterBody = { meeting_id?: unknown; path?: unknown; pwd?: unknown; passcode?: unknown; name?: unknown }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined)

  app.post<{ Body: EnterBody | undefined }>('/web/join/enter', async (request, reply) => {
    const b = request.body ?? {}
    const m = await desk.meeting(String(b.meeting_id ?? ''), str(b.path) ?? 'j')
    if (!m || !desk.passcodeOk(m, { pwd: str(b.pwd), passcode: str(b.passcode) }))
      return reply.code(403).send({ code: 403, message: 'Invalid meeting ID or passcode.' })
    return desk.enter(m, str(b.name) ?? '')
  })

  app.post<{ Body: { meeting_id?: unknown; zak?: unknown } | undefined }>('/web/join/start', async (request, reply) => {
    const b = request.body ?? {}
    const m = await desk.zakMeeting(String(b.meeting_id ?? ''), str(b.zak))
    if (!m) return reply.code(403).send({ code: 403, message: 'The start link has expired or is not valid.' })
    return desk.start(m)
  })

  app.get<{ Querystring: LinkQuery }>('/web/join/state', async (request) => desk.view(request.query.h))

  app.post<{ Querystring: LinkQuery }>('/web/join/leave', async (request, reply) => {
    await desk.leave(request.query.h)
    return reply.code(204).send()
  })

  app.post<{ Querystring: LinkQuery }>('/web/join/end', async (request, reply) => {
    await desk.end(request.query.h)
    return reply.code(204).send()
  })
}
