import { randomBytes, randomUUID } from 'node:crypto'
import type { Static } from 'typebox'
import { errors } from '../errors/catalog.js'
import type { Page, PageQuery } from '../domain/paging.js'
import { keysetPage, paginate } from '../domain/paging.js'
import type { Services } from '../services.js'
import type { AccountRow } from '../store/accounts.repo.js'
import type { AppRow } from '../store/apps.repo.js'
import { WebhooksRepo, type LogFilter, type LogRow, type SubscriptionRow } from '../store/webhooks.repo.js'
import type { CreateEventSubscriptionBody, SubscribeEventSubscriptionBody } from '../schemas/webhooks/schemas.js'
import { zoomId } from '../util/ids.js'
import { parseJson } from '../util/json.js'
import { eventAllowed } from './rules.js'
import { SNIPPET_CHARS, WebhookSender, type AttemptResult, type CustomHeader } from './sender.js'
import { encryptedToken } from './signing.js'
import { isWebhookEvent, URL_VALIDATION_EVENT } from './webhook-events.js'

export type SubscriptionScope = 'user' | 'account' | 'master_account'

/** The app a request speaks for: subscriptions belong to it and to its account. */
export interface Owner {
  accountId: string
  clientId: string
}

type CreateBody = Static<typeof CreateEventSubscriptionBody>
type SubscribeBody = Static<typeof SubscribeEventSubscriptionBody>

// The request bodies under the service's own names, as the CLI calls it too. The extra auth is the stored
// shape (any type number), which the CLI builds itself; the service checks it either way.
export interface CreateSubscriptionInput {
  events: CreateBody['events']
  name?: CreateBody['event_subscription_name']
  url: CreateBody['event_webhook_url']
  scope: CreateBody['subscription_scope']
  userIds?: CreateBody['user_ids']
  accountId?: CreateBody['account_id']
  customHeader?: CustomHeader
}

export interface SubscribeInput {
  userIds?: SubscribeBody['user_ids']
  accountId?: SubscribeBody['account_id']
  events?: SubscribeBody['events']
  name?: SubscribeBody['event_subscription_name']
  url?: SubscribeBody['event_webhook_url']
  customHeader?: CustomHeader
}

export const MAX_SUBSCRIPTIONS_PER_APP = 20
export const REVALIDATE_EVERY_MS = 72 * 60 * 60 * 1000
export const DISABLE_AFTER_FAILURES = 6

/** Event subscriptions of apps: create, subscribe and unsubscribe accounts or users, URL validation, logs. */
export class WebhookService {
  readonly repo: WebhooksRepo
  readonly sender: WebhookSender

  constructor(private svc: Services) {
    this.repo = new WebhooksRepo(svc.db.kysely)
    this.sender = svc.use(WebhookSender)
  }

  async create(owner: Owner, input: CreateSubscriptionInput): Promise<Omit<SubscriptionRow, 'seq'>> {
    const app = await this.svc.apps.get(owner.clientId)
    const events = checkEvents(app, input.events)
    const url = checkUrl(input.url)
    const customHeader = checkCustomHeader(input.customHeader)
    const account = await this.subscriberAccount(owner, input.accountId)
    if (input.scope === 'master_account' && account.master_account_id)
      throw errors.noPermission('Only a master account can subscribe with subscription_scope master_account.')
    const userIds = input.scope === 'user' ? await this.checkUsers(account.id, input.userIds) : []
    if ((await this.repo.countForApp(owner.accountId, owner.clientId)) >= MAX_SUBSCRIPTIONS_PER_APP)
      throw errors.eventSubscriptionLimit(MAX_SUBSCRIPTIONS_PER_APP)

    const id = zoomId()
    const failure = await this.challenge(app, { id, owner, url, customHeader, userId: '' })
    if (failure) throw errors.webhookUrlValidationFailed(url, failure)
    const now = this.svc.clock.now()
    const row: Omit<SubscriptionRow, 'seq'> = {
      id,
      account_id: owner.accountId,
      client_id: owner.clientId,
      name: input.name ?? '',
      events: JSON.stringify(events),
      url,
      scope: input.scope,
      custom_header: JSON.stringify(customHeader),
      status: 'active',
      validation_failures: 0,
      last_validated_at: now,
      next_validation_at: now + REVALIDATE_EVERY_MS,
      validation_claimed_until: null,
      created_at: now,
      updated_at: now,
    }
    await this.repo.insertSubscription(
      row,
      input.scope === 'user'
        ? userIds.map((u) => ({ subscription_id: id, account_id: account.id, user_id: u, created_at: now }))
        : [{ subscription_id: id, account_id: account.id, user_id: '', created_at: now }],
    )
    return row
  }

  async get(owner: Owner, id: string): Promise<SubscriptionRow> {
    const row = await this.repo.getSubscription(owner.accountId, owner.clientId, id)
    if (!row) throw errors.eventSubscriptionNotFound(id)
    return row
  }

  /** Subscribes more users or an account; may also change the events, name, URL or extra auth (a new URL is validated first). */
  async subscribe(owner: Owner, id: string, input: SubscribeInput): Promise<void> {
    const sub = await this.get(owner, id)
    const patch: Partial<SubscriptionRow> = {}
    const revalidate = input.url !== undefined || input.customHeader !== undefined
    const app = input.events || revalidate ? await this.svc.apps.get(owner.clientId) : undefined
    if (input.events) patch.events = JSON.stringify(checkEvents(app, input.events))
    if (input.name !== undefined) patch.name = input.name
    let rows: { subscription_id: string; account_id: string; user_id: string; created_at: number }[] = []
    const now = this.svc.clock.now()
    if (input.accountId !== undefined || input.userIds !== undefined) {
      const account = await this.subscriberAccount(owner, input.accountId)
      if (sub.scope === 'master_account' && account.master_account_id)
        throw errors.noPermission('Only a master account can subscribe with subscription_scope master_account.')
      rows =
        sub.scope === 'user'
          ? (await this.checkUsers(account.id, input.userIds)).map((u) => ({
              subscription_id: id,
              account_id: account.id,
              user_id: u,
              created_at: now,
            }))
          : [{ subscription_id: id, account_id: account.id, user_id: '', created_at: now }]
    }
    if (revalidate) {
      const url = input.url !== undefined ? checkUrl(input.url) : sub.url
      const customHeader =
        input.customHeader !== undefined
          ? checkCustomHeader(input.customHeader)
          : parseJson<CustomHeader>(sub.custom_header)
      const failure = await this.challenge(app, { id, owner, url, customHeader, userId: '' })
      if (failure) throw errors.webhookUrlValidationFailed(url, failure)
      Object.assign(patch, {
        url,
        custom_header: JSON.stringify(customHeader),
        status: 'active',
        validation_failures: 0,
        last_validated_at: now,
        next_validation_at: now + REVALIDATE_EVERY_MS,
      })
    }
    await this.repo.addSubscribers(rows)
    if (Object.keys(patch).length)
      await this.repo.updateSubscription(owner.accountId, id, { ...patch, updated_at: now })
  }

  /** Unsubscribes users of an account, or the whole account when no users are named. */
  async unsubscribe(owner: Owner, id: string, input: { accountId?: string; userIds?: string[] }): Promise<void> {
    await this.get(owner, id)
    const account = await this.subscriberAccount(owner, input.accountId)
    await this.repo.removeSubscribers(id, account.id, input.userIds?.length ? input.userIds : undefined)
  }

  async remove(owner: Owner, id: string): Promise<void> {
    await this.get(owner, id)
    await this.repo.deleteSubscription(owner.accountId, id, this.svc.clock.now())
  }

  async list(
    owner: Owner,
    query: PageQuery & { user_id?: string; account_id?: string; subscription_scope?: string },
  ): Promise<Page<SubscriptionRow> & { subscriberIds: string[] }> {
    let cover: { accountId: string; masterId: string | null } | undefined
    if (query.account_id !== undefined || query.user_id !== undefined) {
      const account = await this.subscriberAccount(owner, query.account_id)
      if (query.user_id !== undefined && !(await this.svc.users.byId(account.id, query.user_id)))
        throw errors.userNotFound(query.user_id)
      cover = { accountId: account.id, masterId: account.master_account_id }
    }
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(owner.accountId, owner.clientId, {
        coversAccount: cover,
        userId: query.user_id,
        scope: query.subscription_scope,
      }),
      query,
      `webhooks|${owner.accountId}|${owner.clientId}|${query.account_id ?? ''}|${query.user_id ?? ''}|${query.subscription_scope ?? ''}`,
    )
    const subscribers = cover ? undefined : await this.repo.subscribersOf(page.items.map((s) => s.id))
    const subscriberIds = page.items.map((s) => {
      if (query.user_id !== undefined && s.scope === 'user') return query.user_id
      if (cover) return s.scope === 'master_account' && cover.masterId ? cover.masterId : cover.accountId
      const first = subscribers?.get(s.id)?.[0]
      return first ? first.user_id || first.account_id : ''
    })
    return { ...page, subscriberIds }
  }

  /**
   * Sends the signed `endpoint.url_validation` challenge and checks the answer: 200 or 204 within the time
   * limit, echoing plainToken with encryptedToken = hex(HMAC-SHA256(secret token, plainToken)). Resolves to
   * why the endpoint failed (also kept in the log entry), or undefined when it passed.
   */
  async challenge(
    app: AppRow | undefined,
    target: { id: string; owner: Owner; url: string; customHeader: CustomHeader; userId: string },
  ): Promise<string | undefined> {
    if (!app) return 'the app no longer exists'
    const plainToken = randomBytes(16).toString('base64url')
    const body = JSON.stringify({
      event: URL_VALIDATION_EVENT,
      payload: { plainToken },
      event_ts: this.svc.clock.now(),
    })
    const r = await this.sender.post({
      url: target.url,
      body,
      secret: app.webhook_secret_token,
      clientId: app.client_id,
      customHeader: target.customHeader,
    })
    const failure = challengeFailure(r, plainToken, app.webhook_secret_token)
    if (failure) r.error = failure
    await this.log({
      owner: target.owner,
      subscriptionId: target.id,
      deliveryId: null,
      event: URL_VALIDATION_EVENT,
      endpoint: target.url,
      userId: target.userId,
      retryNum: 0,
      body,
      result: r,
      success: !failure,
    })
    return failure
  }

  /** The periodic check: six failures in a row disable the subscription (and drop what it still had pending). */
  async revalidate(sub: SubscriptionRow): Promise<boolean> {
    const owner = { accountId: sub.account_id, clientId: sub.client_id }
    const ok = !(await this.challenge(await this.svc.apps.get(sub.client_id), {
      id: sub.id,
      owner,
      url: sub.url,
      customHeader: parseJson<CustomHeader>(sub.custom_header),
      userId: '',
    }))
    const now = this.svc.clock.now()
    const failures = ok ? 0 : sub.validation_failures + 1
    const disabled = failures >= DISABLE_AFTER_FAILURES
    await this.repo.updateSubscription(sub.account_id, sub.id, {
      validation_failures: failures,
      ...(ok ? { last_validated_at: now } : {}),
      next_validation_at: now + REVALIDATE_EVERY_MS,
      validation_claimed_until: null,
      ...(disabled ? { status: 'disabled' } : {}),
      updated_at: now,
    })
    if (disabled) await this.repo.dropPending(sub.account_id, sub.id, now)
    return ok
  }

  async log(e: {
    owner: Owner
    subscriptionId: string
    deliveryId: string | null
    event: string
    endpoint: string
    userId: string
    retryNum: number
    body: string
    result: AttemptResult
    success?: boolean
  }): Promise<void> {
    const r = e.result
    await this.repo.insertLog({
      id: randomUUID(),
      account_id: e.owner.accountId,
      client_id: e.owner.clientId,
      subscription_id: e.subscriptionId,
      delivery_id: e.deliveryId,
      event: e.event,
      endpoint: e.endpoint,
      user_id: e.userId,
      retry_num: e.retryNum,
      status: r.status,
      success: (e.success ?? r.success) ? 1 : 0,
      latency_ms: r.latencyMs,
      request_headers: JSON.stringify(r.requestHeaders),
      request_body: e.body,
      response_headers: JSON.stringify(r.responseHeaders),
      response_body: r.responseText.slice(0, SNIPPET_CHARS),
      error: r.error,
      request_id: r.requestId,
      trace_id: r.traceId,
      created_at: this.svc.clock.now(),
    })
  }

  /** The delivery log of an app of the owner's account, newest first. */
  async logs(
    owner: Owner,
    appId: string,
    query: { page_size?: number; next_page_token?: string } & LogFilter & { subscriptionId?: string },
  ): Promise<{ items: LogRow[]; page_size: number; next_page_token: string }> {
    const app = await this.svc.apps.get(appId)
    if (!app || app.account_id !== owner.accountId) throw errors.appNotFound(appId)
    const list = `webhook_logs|${owner.accountId}|${appId}|${query.from ?? ''}|${query.to ?? ''}|${query.event ?? ''}|${query.success ?? ''}|${query.retryNum ?? ''}|${query.subscriptionId ?? ''}`
    const page = await keysetPage(
      this.svc.pages,
      this.repo.logsQuery(owner.accountId, appId, query),
      { page_size: query.page_size, next_page_token: query.next_page_token },
      list,
      { order: 'desc' },
    )
    const items = page.items.map((r) => ({
      ...r,
      status: Number(r.status),
      retry_num: Number(r.retry_num),
      latency_ms: Number(r.latency_ms),
      created_at: Number(r.created_at),
    }))
    return { items, page_size: page.page_size, next_page_token: page.next_page_token }
  }

  /** The caller's own account, or one of its sub accounts. */
  private async subscriberAccount(owner: Owner, accountId?: string): Promise<AccountRow> {
    const id = accountId && accountId !== 'me' ? accountId : owner.accountId
    const account = await this.svc.accounts.getCached(id)
    if (!account || (id !== owner.accountId && account.master_account_id !== owner.accountId))
      throw errors.accountNotFound(id)
    return account
  }

  private async checkUsers(accountId: string, userIds: string[] | undefined): Promise<string[]> {
    const ids = [
      ...new Set(
        (userIds ?? [])
          .flatMap((u) => u.split(','))
          .map((u) => u.trim())
          .filter(Boolean),
      ),
    ]
    if (!ids.length)
      throw errors.validation([{ field: 'user_ids', message: 'user_ids is required when subscription_scope is user.' }])
    const found = await this.svc.users.repo.existingIds(accountId, ids)
    const missing = ids.find((id) => !found.has(id))
    if (missing !== undefined) throw errors.userNotFound(missing)
    return ids
  }
}

/** Only events of the documented list: a misspelt name would otherwise be saved and silently never fire. */
function checkEvents(app: AppRow | undefined, events: string[]): string[] {
  const list = [...new Set(events.map((e) => e.trim()))]
  if (!list.length) throw errors.validation([{ field: 'events', message: 'events must not be empty.' }])
  const unknown = list.filter((e) => !isWebhookEvent(e))
  if (unknown.length) throw errors.unknownEvents(unknown)
  if (list.includes(URL_VALIDATION_EVENT))
    throw errors.validation([
      {
        field: 'events',
        message: `${URL_VALIDATION_EVENT} is sent to every endpoint URL and cannot be subscribed to.`,
      },
    ])
  const scopes = (app?.scopes ?? '').split(' ')
  if (!list.every((e) => eventAllowed(e, scopes))) throw errors.eventNotAllowed()
  return list
}

/** Why a challenge answer fails, most basic problem first; undefined when it passes. */
function challengeFailure(r: AttemptResult, plainToken: string, secret: string): string | undefined {
  if (r.status < 0) return r.error
  if (r.status !== 200 && r.status !== 204) return `the endpoint answered HTTP ${r.status}; it must answer 200 or 204`
  const answer = parseAnswer(r.responseText)
  if (!answer) return 'the answer is not a JSON object with plainToken and encryptedToken'
  if (answer.plainToken === undefined) return 'the answer has no plainToken'
  if (answer.plainToken !== plainToken) return 'the plainToken of the answer is not the one sent'
  if (answer.encryptedToken === undefined) return 'the answer has no encryptedToken'
  if (answer.encryptedToken !== encryptedToken(secret, plainToken))
    return "the encryptedToken is wrong: it must be hex(HMAC-SHA256(the app's webhook secret token, plainToken))"
  return undefined
}

function parseAnswer(text: string): { plainToken?: unknown; encryptedToken?: unknown } | undefined {
  try {
    const v = JSON.parse(text)
    return typeof v === 'object' && v !== null ? v : undefined
  } catch {
    return undefined
  }
}

/** Any http or https URL: unlike Zoom, plain http and localhost are fine here. */
function checkUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw errors.validation([{ field: 'event_webhook_url', message: `Invalid URL: ${url}` }])
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw errors.validation([{ field: 'event_webhook_url', message: 'The URL must use http or https.' }])
  return url
}

const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

function checkCustomHeader(h: CustomHeader | undefined): CustomHeader {
  if (!h) return {}
  const type = h.custom_header_type ?? 0
  const bad = (field: string, message: string) => errors.validation([{ field: `custom_header.${field}`, message }])
  switch (type) {
    case 0:
      return {}
    case 1:
      if (!h.username) throw bad('username', 'username is required for Basic authentication.')
      if (h.username.includes(':')) throw bad('username', 'username must not contain a colon.')
      return { custom_header_type: 1, username: h.username, password: h.password ?? '' }
    case 2:
      if (!h.client_id) throw bad('client_id', 'client_id is required for token authentication.')
      if (!h.client_secret) throw bad('client_secret', 'client_secret is required for token authentication.')
      if (!h.token_url) throw bad('token_url', 'token_url is required for token authentication.')
      try {
        if (!/^https?:$/.test(new URL(h.token_url).protocol)) throw new Error()
      } catch {
        throw bad('token_url', `Invalid URL: ${h.token_url}`)
      }
      return {
        custom_header_type: 2,
        client_id: h.client_id,
        client_secret: h.client_secret,
        token_url: h.token_url,
      }
    case 3: {
      const key = h.custom_header_key ?? ''
      if (!/^x-/i.test(key) || !HEADER_TOKEN.test(key))
        throw bad('custom_header_key', 'The custom header key must be a header name starting with x-.')
      const value = h.custom_header_value ?? ''
      if (/[\r\n\0]/.test(value)) throw bad('custom_header_value', 'The custom header value must be a single line.')
      return { custom_header_type: 3, custom_header_key: key.toLowerCase(), custom_header_value: value }
    }
    default:
      throw bad('custom_header_type', 'custom_header_type must be 0, 1, 2 or 3.')
  }
}

/** The extra auth as GET shows it: the kind and its non-secret parts. */
export function publicCustomHeader(json: string): CustomHeader {
  const h = parseJson<CustomHeader>(json)
  const out: CustomHeader = { custom_header_type: h.custom_header_type ?? 0 }
  if (h.username !== undefined) out.username = h.username
  if (h.client_id !== undefined) out.client_id = h.client_id
  if (h.token_url !== undefined) out.token_url = h.token_url
  if (h.custom_header_key !== undefined) out.custom_header_key = h.custom_header_key
  return out
}
