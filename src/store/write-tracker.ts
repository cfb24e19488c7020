import { deepFreeze } from '../util/json.js'
import { must } from '../util/must.js'
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'

const WRITES = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode'])
const ANY = '*'

// Values written can only hold reads (insert … select), never a write: not walked, so a bulk insert of
// thousands of rows costs no more to track than one.
const VALUE_KINDS = new Set(['ValuesNode', 'ValueListNode', 'PrimitiveValueListNode', 'ValueNode'])

/** Collects every table a write names (targets and subqueries alike: invalidating too much is harmless). */
function tablesOf(node: unknown, out: Set<string>): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const n of node) tablesOf(n, out)
    return
  }
  const n = node as { kind?: string; table?: { identifier?: { name?: string } } }
  if (n.kind && VALUE_KINDS.has(n.kind)) return
  if (n.kind === 'TableNode' && n.table?.identifier?.name) out.add(n.table.identifier.name)
  for (const v of Object.values(node)) if (v && typeof v === 'object') tablesOf(v, out)
}

/**
 * Counts writes per table, so in-process caches of rows know when to drop what they hold. A write is counted
 * after it ran (a read racing it cannot keep the old row under the new count); raw SQL that may write counts
 * for every table.
 */
export class WriteTracker implements KyselyPlugin {
  private versions = new Map<string, number>()
  private pending = new WeakMap<object, string[]>()

  version(table: string): number {
    return (this.versions.get(table) ?? 0) + (this.versions.get(ANY) ?? 0)
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as { kind: string; sqlFragments?: readonly string[] }
    let tables: string[] | undefined
    if (WRITES.has(node.kind)) {
      const set = new Set<string>()
      tablesOf(node, set)
      tables = [...set]
    } else if (
      node.kind === 'RawNode' &&
      /\b(insert|update|delete|replace|drop|alter|truncate)\b/i.test((node.sqlFragments ?? []).join(' '))
    ) {
      tables = [ANY]
    }
    if (tables) {
      this.bump(tables)
      this.pending.set(args.queryId, tables)
    }
    return args.node
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const tables = this.pending.get(args.queryId)
    if (tables) this.bump(tables)
    return args.result
  }

  /** Every cached row is stale: writes were undone that the counts cannot name (a failed group commit). */
  invalidateAll(): void {
    this.bump([ANY])
  }

  private bump(tables: string[]): void {
    for (const t of tables) this.versions.set(t, (this.versions.get(t) ?? 0) + 1)
  }
}

/**
 * A small map of rows read by key, valid while none of its tables was written in this process. Only for a
 * database no other process writes (the embedded SQLite file).
 */
export class RowCache<V> {
  private entries = new Map<string, { value: V; version: number }>()

  constructor(
    private tracker: WriteTracker | undefined,
    private tables: string[],
    private max = 10_000,
  ) {}

  /** A hit answers without an async step (the hot path of every request); a miss loads and may keep the value. */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (!this.tracker) return load()
    const hit = this.entries.get(key)
    if (hit && hit.version === this.version()) return Promise.resolve(hit.value)
    return this.fill(key, load)
  }

  private async fill(key: string, load: () => Promise<V>): Promise<V> {
    const version = this.version()
    const value = deepFreeze(await load())
    // A write that ran while loading changed the version: don't keep what may predate it.
    if (this.version() === version) {
      if (this.entries.size >= this.max) {
        const oldest = this.entries.keys().next()
        if (!oldest.done) this.entries.delete(oldest.value)
      }
      this.entries.set(key, { value, version })
    }
    return value
  }

  private version(): number {
    // Only reached through get(), which loads directly when there is no tracker.
    const tracker = must(this.tracker, 'the write tracker')
    let n = 0
    for (const t of this.tables) n += tracker.version(t)
    return n
  }
}
