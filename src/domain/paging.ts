import { createHmac, timingSafeEqual } from 'node:crypto'
import { DynamicModule, type SelectQueryBuilder } from 'kysely'
import type { Clock } from '../clock.js'
import { errors } from '../errors/catalog.js'

export const PAGE_TOKEN_TTL_MS = 15 * 60 * 1000

/** The page a list numbered by page answers when no `page_number` is asked. */
export const FIRST_PAGE = 1

export interface PageQuery {
  page_size?: number
  next_page_token?: string
  page_number?: number
}

export interface Page<T> {
  items: T[]
  page_size: number
  total_records: number
  next_page_token: string
  page_count: number
  page_number: number
}

/** What a page says about itself, its rows aside. */
export type PageCounts = Omit<Page<unknown>, 'items' | 'page_number'>

/** The counts a paged list answers beside its rows (its token and totals), for the lists that show no page number. */
export function pageCounts(page: PageCounts) {
  return { page_count: page.page_count, ...pageTotals(page) }
}

/** The counts of the lists that answer their size, total and token but no page count. */
export function pageTotals(page: Omit<PageCounts, 'page_count'>) {
  return { page_size: page.page_size, total_records: page.total_records, next_page_token: page.next_page_token }
}

/** The counts a paged list answers beside its rows, with the number of the page it is. */
export function numberedPage(page: Omit<Page<unknown>, 'items'>) {
  return { page_count: page.page_count, page_number: page.page_number, ...pageTotals(page) }
}

/**
 * Opaque, signed keyset tokens: the last row's sequence number, the time of issue and the list they
 * belong to. Stateless, so any server process sharing the database secret accepts them.
 */
export class PageTokens {
  constructor(
    private key: string,
    private clock: Clock,
  ) {}

  encode(list: string, lastSeq: number): string {
    return this.encodeKeys(list, [lastSeq])
  }

  /** The sequence number to continue after; 400/300 when forged, from another list, or older than 15 minutes. */
  decode(list: string, token: string): number {
    return this.decodeKeys(list, token, 1)[0] as number
  }

  /** A token holding several keys: the last row's sort key ahead of its sequence number. */
  encodeKeys(list: string, keys: number[]): string {
    const payload = `${keys.map((k) => k.toString(36)).join('~')}.${this.clock.now().toString(36)}`
    return Buffer.from(payload).toString('base64url') + '.' + this.sign(list, payload)
  }

  decodeKeys(list: string, token: string, count: number): number[] {
    const [head, sig] = token.split('.')
    if (!head || !sig) throw errors.invalidPageToken()
    const payload = Buffer.from(head, 'base64url').toString()
    const expected = Buffer.from(this.sign(list, payload))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw errors.invalidPageToken()
    const [keysText, issuedText] = payload.split('.')
    const keys = (keysText ?? '').split('~').map((k) => parseInt(k, 36))
    const issued = parseInt(issuedText ?? '', 36)
    if (keys.length !== count || !keys.every(Number.isFinite) || !Number.isFinite(issued)) {
      throw errors.invalidPageToken()
    }
    if (this.clock.now() - issued > PAGE_TOKEN_TTL_MS) throw errors.invalidPageToken()
    return keys
  }

  private sign(list: string, payload: string): string {
    return createHmac('sha256', this.key).update(list).update('\n').update(payload).digest('base64url').slice(0, 22)
  }
}

/**
 * Runs a list query in pages ordered by `seq`. `base` is the filtered query without ordering or limits;
 * `list` names the list and its filters, so a token cannot be replayed against another list.
 */
export async function paginate<DB, TB extends keyof DB, Row extends { seq: number }>(
  tokens: PageTokens,
  base: SelectQueryBuilder<DB, TB, Row>,
  query: PageQuery,
  list: string,
  defaults: KeysetOptions = {},
): Promise<Page<Row>> {
  const countRow = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    // The result type of a select over generic tables is not resolved: it is stated.
    .$castTo<{ n: number | string }>()
    .executeTakeFirst()
  const total = Number(countRow?.n ?? 0)
  const page = await keysetPage(tokens, base, query, list, defaults)
  return {
    items: page.items,
    page_size: page.page_size,
    total_records: total,
    next_page_token: page.next_page_token,
    page_count: Math.ceil(total / page.page_size),
    page_number: page.page_number,
  }
}

/** A list's page size when none is asked, and the largest it serves (a larger one is served at this size). */
export const PAGING = { size: 30, max: 300 } as const

/** The page size a list serves: the one asked within 1 and the list's largest, else the list's default. */
export function pageSizeOf(query: { page_size?: number }, paging: { size?: number; max?: number } = PAGING): number {
  return Math.min(Math.max(query.page_size ?? paging.size ?? PAGING.size, 1), paging.max ?? PAGING.max)
}

/** The QoS dashboards, whose rows are heavy: one participant a page unless asked, ten at most. */
export const QOS_PAGING = { size: 1, max: 10 } as const

/** The groups list: an account has few groups, so the list comes whole unless a smaller page is asked. */
export const GROUPS_PAGING = { size: 2000, max: 2000 } as const

export interface KeysetOptions {
  size?: number
  max?: number
  /** `desc` lists newest first, a token then continuing below its row. */
  order?: 'asc' | 'desc'
  /**
   * A numeric column to order by ahead of `seq` (ties broken by `seq`), whose value the token carries too. An
   * index on the filter's equality columns, then this column and `seq`, hands the page over in order.
   */
  lead?: string
}

/** `paginate()` without the count, for lists that show no total and so need not pay a COUNT(*) per page. */
export async function keysetPage<DB, TB extends keyof DB, Row extends { seq: number }>(
  tokens: PageTokens,
  base: SelectQueryBuilder<DB, TB, Row>,
  query: PageQuery,
  list: string,
  defaults: KeysetOptions = {},
): Promise<Omit<Page<Row>, 'total_records' | 'page_count'>> {
  const pageSize = pageSizeOf(query, defaults)
  // Every paged query has a `seq` column, which the generic table types cannot show: a dynamic reference names it.
  const seqRef = new DynamicModule().ref('seq')
  const desc = defaults.order === 'desc'
  const dir = desc ? 'desc' : 'asc'
  const lead = defaults.lead
  const leadRef = lead ? new DynamicModule().ref(lead) : undefined
  let q = (leadRef ? base.orderBy(leadRef, dir) : base).orderBy(seqRef, dir).limit(pageSize + 1)
  let pageNumber = FIRST_PAGE
  if (query.next_page_token && leadRef) {
    const [after, seq] = tokens.decodeKeys(list, query.next_page_token, 2)
    // A row value, so the database continues the index range where the last page stopped.
    q = q.where((eb) => eb(eb.refTuple(leadRef, seqRef), desc ? '<' : '>', eb.tuple(after, seq)))
  } else if (query.next_page_token) {
    q = q.where(seqRef, desc ? '<' : '>', tokens.decode(list, query.next_page_token))
  } else if (query.page_number && query.page_number > FIRST_PAGE) {
    pageNumber = query.page_number
    q = q.offset((pageNumber - 1) * pageSize)
  }
  const rows = await q.execute()
  const more = rows.length > pageSize
  const items = more ? rows.slice(0, pageSize) : rows
  const last = items.at(-1)
  return {
    items,
    page_size: pageSize,
    next_page_token:
      !more || !last
        ? ''
        : lead
          ? tokens.encodeKeys(list, [leadOf(last, lead), last.seq])
          : tokens.encode(list, last.seq),
    page_number: pageNumber,
  }
}

function leadOf(row: object, column: string): number {
  return Number((row as Record<string, unknown>)[column])
}
