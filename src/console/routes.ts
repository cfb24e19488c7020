import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Lang } from '../docs/describe.js'
import { isLang, pickLang, sendPage } from '../docs/site/frame.js'
import { errors } from '../errors/catalog.js'
import type { Services } from '../services.js'
import { EventTrigger } from '../domain/sim-tools/events.js'
import { Simulator } from '../sim/simulator.js'
import type { ClientDevice } from '../domain/meetings/devices.js'
import { CONSOLE_DEVICES, CONSOLE_NETWORKS, ConsoleData, type NetworkType } from './data.js'
import {
  frame,
  meetingBody,
  meetingsBody,
  overviewBody,
  recordingsBody,
  refusedPage,
  signInPage,
  webhooksBody,
  type Section,
} from './pages.js'
import { consoleText } from './text.js'

const COOKIE = 'zoom_console'
// Real time, not the server clock: moving the clock forward a month should not sign the browser out.
const SESSION_MS = 12 * 60 * 60 * 1000
const MINUTE_MS = 60_000
const FAILED_SIGN_IN_MS = 300
const MAX_SIGN_IN_DELAY_MS = 5000
const THROTTLE_WINDOW_MS = 15 * MINUTE_MS

type Query = { account?: string; next?: string; failed?: string; lang?: string }
type Body = Record<string, unknown> | undefined

function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return v4 === '::1' || v4.startsWith('127.')
}

/** The Host a browser on this machine sends: a page of another site that a rebound name points here sends its own. */
function isLocalHost(host: string | undefined): boolean {
  if (!host) return false
  const h = host.toLowerCase()
  const name = h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0]
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]'
}

/**
 * Without a password only this machine's own browser gets in: a loopback socket, a local Host, and no proxy in
 * between (a proxy on this machine would make every caller look local).
 */
function isLocalCaller(request: FastifyRequest): boolean {
  if (request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined) return false
  return isLoopback(request.socket.remoteAddress) && isLocalHost(request.headers.host)
}

/**
 * Failed sign-ins from one address wait a little longer each time (real time), so guessing the password is slow;
 * a success, or a quiet quarter of an hour, starts the count again.
 */
class SignInThrottle {
  private failures = new Map<string, { count: number; at: number }>()

  async failed(ip: string): Promise<void> {
    const now = Date.now()
    const last = this.failures.get(ip)
    const count = last && now - last.at < THROTTLE_WINDOW_MS ? last.count + 1 : 1
    // Addresses are forgotten wholesale rather than one by one: a flood of them costs memory, not delay.
    if (this.failures.size >= 10_000) this.failures.clear()
    this.failures.set(ip, { count, at: now })
    await new Promise((resolve) => setTimeout(resolve, Math.min(FAILED_SIGN_IN_MS * count, MAX_SIGN_IN_DELAY_MS)))
  }

  succeeded(ip: string): void {
    this.failures.delete(ip)
  }
}

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const part of String(request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

/** Signs session cookies with a key only the password's holder could have produced. */
class ConsoleAccess {
  constructor(private svc: Services) {}

  get password(): string | undefined {
    return this.svc.config.consolePassword
  }

  private key(): Buffer {
    return createHash('sha256')
      .update(`zoom-console|${this.password ?? ''}`)
      .digest()
  }

  private sign(expires: number): string {
    return createHmac('sha256', this.key()).update(String(expires)).digest('base64url')
  }

  cookie(): string {
    const expires = Date.now() + SESSION_MS
    return `${COOKIE}=${expires}.${this.sign(expires)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}`
  }

  passwordMatches(given: unknown): boolean {
    if (!this.password || typeof given !== 'string') return false
    const a = createHash('sha256').update(given).digest()
    const b = createHash('sha256').update(this.password).digest()
    return timingSafeEqual(a, b)
  }

  /** With a password, a valid session cookie; without, a caller on this machine. */
  allowed(request: FastifyRequest): boolean {
    if (!this.password) return isLocalCaller(request)
    const [expires, sig] = (cookieOf(request, COOKIE) ?? '').split('.')
    const n = Number(expires)
    if (!sig || !Number.isFinite(n) || n < Date.now()) return false
    const want = Buffer.from(this.sign(n))
    const got = Buffer.from(sig)
    return want.length === got.length && timingSafeEqual(want, got)
  }
}

function str(body: Body, field: string, required = true): string | undefined {
  const v = body?.[field]
  if (v === undefined && !required) return undefined
  if (typeof v !== 'string' || !v.trim()) throw errors.validation([{ field, message: 'Invalid field.' }])
  return v
}

function oneOf<T extends string>(body: Body, field: string, values: readonly string[]): T | undefined {
  const v = body?.[field]
  if (v === undefined || v === '') return undefined
  if (typeof v !== 'string' || !values.includes(v)) throw errors.validation([{ field, message: 'Invalid field.' }])
  return v as T
}

/**
 * The console at `/`: pages under /console/{en|zh}, and the endpoints under /console/api they call, which act
 * through the same services as the API and the simulator.
 */
export function registerConsole(app: FastifyInstance, svc: Services): void {
  const access = new ConsoleAccess(svc)
  const data = new ConsoleData(svc)
  const throttle = new SignInThrottle()

  const guard = (request: FastifyRequest, reply: FastifyReply, lang: Lang): boolean => {
    if (access.allowed(request)) return true
    if (!access.password) {
      void sendPage(reply, 403, refusedPage(lang))
      return false
    }
    if (request.url.startsWith('/console/api/')) {
      void reply.code(401).send({ code: 124, message: 'Sign in to the console first.' })
      return false
    }
    const next = request.url.startsWith('/console/') ? request.url : `/console/${lang}`
    void reply.redirect(`/console/sign-in?lang=${lang}&next=${encodeURIComponent(next)}`, 303)
    return false
  }

  // Cross-site pages cannot add a header to a request without the console's consent, so actions need one.
  const apiGuard = (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (!guard(request, reply, 'en')) return false
    if (request.headers['x-console'] === '1') return true
    void reply.code(403).send({ code: 403, message: 'Console calls carry the x-console header.' })
    return false
  }

  app.get('/', async (request, reply) => {
    const lang = pickLang(request)
    if (!guard(request, reply, lang)) return reply
    return reply.redirect(`/console/${lang}`, 302)
  })
  app.get('/console', async (request, reply) => reply.redirect(`/console/${pickLang(request)}`, 302))

  app.get<{ Querystring: Query }>('/console/sign-in', async (request, reply) => {
    const lang = pickLang(request, { asked: request.query.lang, browser: false })
    return sendPage(reply, 200, signInPage(lang, request.query.failed === '1', safeNext(request.query.next, lang)))
  })

  app.post<{ Body: Body }>('/console/sign-in', async (request, reply) => {
    const lang = pickLang(request, { asked: request.body?.lang, browser: false })
    const next = safeNext(request.body?.next, lang)
    if (!access.passwordMatches(request.body?.password)) {
      await throttle.failed(request.ip)
      return reply.redirect(`/console/sign-in?lang=${lang}&failed=1&next=${encodeURIComponent(next)}`, 303)
    }
    throttle.succeeded(request.ip)
    return reply.header('set-cookie', access.cookie()).redirect(next, 303)
  })

  // Pages ------------------------------------------------------------------------------------------------

  type PageRequest = FastifyRequest<{ Params: { lang: string; id?: string }; Querystring: Query }>

  const pageRoute = (
    path: string,
    section: Section,
    build: (
      lang: Lang,
      account: Awaited<ReturnType<ConsoleData['account']>>,
      request: PageRequest,
    ) => Promise<{ title: string; body: string; script?: string; path: string }>,
  ) => {
    app.get<{ Params: { lang: string; id?: string }; Querystring: Query }>(
      `/console/:lang${path}`,
      async (request, reply) => {
        const lang = isLang(request.params.lang) ? request.params.lang : undefined
        if (!lang) throw errors.notFound()
        if (!guard(request, reply, lang)) return reply
        const accounts = await data.accounts()
        const account = await data.account(request.query.account)
        const built = await build(lang, account, request)
        return sendPage(reply, 200, frame({ lang, section, account, accounts, ...built }))
      },
    )
  }

  pageRoute('', 'overview', async (lang, account) => {
    const [accounts, users, apps] = [await data.accounts(), await data.users(account), await data.apps(account)]
    return {
      title: consoleText(lang).overview,
      path: '',
      body: overviewBody(lang, account, accounts, users, apps, data.clock()),
    }
  })

  pageRoute('/meetings', 'meetings', async (lang, account) => ({
    title: consoleText(lang).meetings,
    path: '/meetings',
    body: meetingsBody(lang, account, await data.meetings(account)),
  }))

  pageRoute('/meetings/:id', 'meetings', async (lang, account, request) => {
    const id = request.params.id ?? ''
    const m = await data.meeting(account, id)
    const page = meetingBody(lang, account, m, data.joinUrl(m), await data.held(account, m))
    return { title: m.doc.topic, path: `/meetings/${m.id}`, ...page }
  })

  pageRoute('/recordings', 'recordings', async (lang, account) => ({
    title: consoleText(lang).recordings,
    path: '/recordings',
    body: recordingsBody(lang, await data.recordings(account)),
  }))

  pageRoute('/webhooks', 'webhooks', async (lang, account) => ({
    title: consoleText(lang).webhooks,
    path: '/webhooks',
    body: webhooksBody(lang, account, await data.webhooks(account)),
  }))

  // Actions ----------------------------------------------------------------------------------------------

  type ActionRequest = FastifyRequest<{ Params: { account: string; id: string }; Body: Body }>
  const action = (
    method: 'GET' | 'POST',
    path: string,
    run: (account: Awaited<ReturnType<ConsoleData['account']>>, request: ActionRequest) => Promise<unknown>,
  ) => {
    app.route<{ Params: { account: string; id: string }; Body: Body }>({
      method,
      url: `/console/api/accounts/:account${path}`,
      handler: async (request, reply) => {
        if (!apiGuard(request, reply)) return reply
        const account = await data.account(request.params.account)
        if (account.id !== request.params.account) throw errors.accountNotFound(request.params.account, 404)
        return (await run(account, request)) ?? { ok: true }
      },
    })
  }
  const sim = () => svc.use(Simulator)

  action('GET', '/meetings/:id/state', (account, r) => data.live(account, r.params.id))
  action('POST', '/meetings/:id/start', (account, r) => sim().startState(data.actor(account), r.params.id))
  action('POST', '/meetings/:id/participants', async (account, r) => {
    const session = await sim().join(data.actor(account), r.params.id, {
      name: str(r.body, 'name'),
      device: oneOf<ClientDevice>(r.body, 'device', CONSOLE_DEVICES),
      network_type: oneOf<NetworkType>(r.body, 'network_type', CONSOLE_NETWORKS),
      // A checked box of the form, or true from a script.
      ...(r.body?.waiting_room === 'on' || r.body?.waiting_room === true ? { waiting_room: true } : {}),
    })
    return sim().sessionView(session)
  })
  action('POST', '/meetings/:id/leave', async (account, r) =>
    sim().sessionView(await sim().leave(data.actor(account), r.params.id, str(r.body, 'participant_id') ?? '')),
  )
  action('POST', '/meetings/:id/admit', async (account, r) =>
    sim().sessionView(await sim().admit(data.actor(account), r.params.id, str(r.body, 'participant_id') ?? '')),
  )
  action('POST', '/meetings/:id/share', async (account, r) => {
    const act = oneOf<'start' | 'stop'>(r.body, 'action', ['start', 'stop']) ?? 'start'
    const session = await sim().share(data.actor(account), r.params.id, str(r.body, 'participant_id') ?? '', act)
    return sim().sessionView(session)
  })
  action('POST', '/meetings/:id/record', async (account, r) => {
    const act = oneOf<'start' | 'stop' | 'pause' | 'resume'>(r.body, 'action', ['start', 'stop', 'pause', 'resume'])
    const rec = await sim().record(data.actor(account), r.params.id, act ?? 'start')
    return { status: rec.status }
  })
  action('POST', '/meetings/:id/end', async (account, r) =>
    sim().summary(await sim().end(data.actor(account), r.params.id)),
  )
  action('POST', '/events', (account, r) => svc.use(EventTrigger).trigger(account.id, str(r.body, 'event') ?? ''))
  action('POST', '/deliveries/:id/replay', async (account, r) => {
    await data.replay(account, r.params.id)
    return { replayed: r.params.id }
  })

  app.post<{ Body: Body }>('/console/api/clock/advance', async (request, reply) => {
    if (!apiGuard(request, reply)) return reply
    const minutes = request.body?.minutes
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0)
      throw errors.validation([{ field: 'minutes', message: 'Invalid field.' }])
    await sim().advance(minutes * MINUTE_MS)
    return data.clock()
  })
}

/** Where to go after signing in: only a console page of this server. */
function safeNext(next: unknown, lang: Lang): string {
  return typeof next === 'string' && /^\/console\/(en|zh)(\/[\w/-]*)?(\?[\w=&%.-]*)?$/.test(next)
    ? next
    : `/console/${lang}`
}
