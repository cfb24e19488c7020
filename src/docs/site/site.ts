// The reference site's pages, built from the operation declarations, the catalog, the field and operation
// descriptions, the recorded examples and the guides. Pages are built on first request and kept.
import { GROUP_NAMES_ZH, groupName } from '../../catalog/groups.js'
import { WEBHOOK_EVENTS } from '../../events/webhook-events.js'
import type { AnyOperation } from '../../http/operation.js'
import { eachField, type Lang } from '../describe.js'
import { operationParams } from '../params.js'
import { GUIDES, guide, type GuideSlug } from './guides.js'
import { esc, html, otherLang } from './frame.js'
import { page } from './html.js'
import { groupSlug, operationHref, operationPage } from './operation-page.js'
import { ui } from './ui-text.js'

const ORDER = Object.keys(GROUP_NAMES_ZH)

export class DocsSite {
  private readonly cache = new Map<string, string>()
  private readonly groups: [string, AnyOperation[]][]

  constructor(private readonly operations: AnyOperation[]) {
    const byGroup = new Map<string, AnyOperation[]>()
    for (const op of operations) byGroup.set(op.group, [...(byGroup.get(op.group) ?? []), op])
    this.groups = [...byGroup].sort(([a], [b]) => rank(a) - rank(b))
  }

  private cached(key: string, build: () => string): string {
    let v = this.cache.get(key)
    if (v === undefined) {
      v = build()
      this.cache.set(key, v)
    }
    return v
  }

  sidebar(lang: Lang): string {
    return this.cached(`nav:${lang}`, () => {
      const t = ui(lang)
      const guides = GUIDES.map(
        (slug) => html`<li><a href="/docs/${lang}/guides/${slug}">${esc(guide(lang, slug).title)}</a></li>`,
      ).join('')
      const groups = this.groups
        .map(
          ([group, ops]) =>
            html`<details class="group" data-group="${esc(groupSlug(group))}">
              <summary>${esc(groupName(group, lang))}</summary>
              <ul>
                ${ops
                  .map(
                    (op) =>
                      html`<li>
                        <a href="${operationHref(lang, op)}" data-op="${esc(op.id)}"
                          ><span class="method ${op.method}">${op.method}</span> ${esc(op.summary[lang])}${
                            op.deprecated ? html` <span class="old">${esc(t.deprecatedTag)}</span>` : ''
                          }</a
                        >
                      </li>`,
                  )
                  .join('\n')}
              </ul>
            </details>`,
        )
        .join('\n')
      return html`<p class="nav-title"><a href="/docs/${lang}">${t.overview}</a></p>
        <p class="nav-title">${t.guides}</p>
        <ul class="guides">
          ${guides}
        </ul>
        <p class="nav-title">${t.operations}</p>
        ${groups}
        <p class="nav-title"><a href="/docs/${lang}/webhooks/events">${t.webhookEvents}</a></p>`
    })
  }

  home(lang: Lang): string {
    return this.cached(`home:${lang}`, () => {
      const t = ui(lang)
      const intro = guide(lang, 'getting-started')
      const groups = this.groups
        .map(
          ([group, ops]) =>
            html`<li>
              <a href="${operationHref(lang, ops[0] as AnyOperation)}">${esc(groupName(group, lang))}</a>
              <span class="count">${ops.length}</span>
            </li>`,
        )
        .join('')
      return page({
        lang,
        title: t.overview,
        otherLangPath: `/docs/${otherLang(lang)}`,
        sidebar: this.sidebar(lang),
        body: html`${intro.html}
          <h2>${t.operations}</h2>
          <ul class="group-list">
            ${groups}
          </ul>`,
      })
    })
  }

  operation(lang: Lang, op: AnyOperation): string {
    return this.cached(`op:${lang}:${op.id}`, () =>
      page({
        lang,
        title: op.summary[lang],
        otherLangPath: operationHref(otherLang(lang), op),
        sidebar: this.sidebar(lang),
        body: operationPage(op, lang),
      }),
    )
  }

  /** The operations of a group, by the group's slug in page paths. */
  groupOperations(slug: string): AnyOperation[] | undefined {
    return this.groups.find(([group]) => groupSlug(group) === slug)?.[1]
  }

  /** The page for a path under /docs that names nothing: not cached, as any path may reach it. */
  notFound(lang: Lang, path: string): string {
    const t = ui(lang)
    return page({
      lang,
      title: t.notFound,
      otherLangPath: `/docs/${otherLang(lang)}`,
      sidebar: this.sidebar(lang),
      body: html`<h1>${esc(t.notFound)}</h1>
        <p>${esc(t.notFoundText)} <code>${esc(path)}</code></p>
        <p><a class="home" href="/docs/${lang}">${esc(t.backHome)}</a></p>`,
    })
  }

  find(group: string, id: string): AnyOperation | undefined {
    return this.operations.find((op) => op.id === id && groupSlug(op.group) === group)
  }

  guidePage(lang: Lang, slug: GuideSlug): string {
    return this.cached(`guide:${lang}:${slug}`, () => {
      const g = guide(lang, slug)
      return page({
        lang,
        title: g.title,
        otherLangPath: `/docs/${otherLang(lang)}/guides/${slug}`,
        sidebar: this.sidebar(lang),
        body: html`<article class="guide">${g.html}</article>`,
      })
    })
  }

  events(lang: Lang): string {
    return this.cached(`events:${lang}`, () => {
      const t = ui(lang)
      const rows = Object.entries(WEBHOOK_EVENTS)
        .map(
          ([name, d]) =>
            html`<tr id="${esc(name)}">
              <td><code>${esc(name)}</code></td>
              <td>${esc(d[lang])}</td>
            </tr>`,
        )
        .join('\n')
      return page({
        lang,
        title: t.webhookEvents,
        otherLangPath: `/docs/${otherLang(lang)}/webhooks/events`,
        sidebar: this.sidebar(lang),
        body: html`<h1>${t.webhookEvents}</h1>
          <table class="errors">
            <thead>
              <tr>
                <th>${t.event}</th>
                <th>${t.description}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`,
      })
    })
  }

  /** What the search box looks through: operations (both languages, path, id) and every field and parameter. */
  searchIndex(lang: Lang): string {
    return this.cached(`search:${lang}`, () => {
      const entries: { k: 'op' | 'field' | 'guide'; t: string; s: string; h: string; x: string }[] = []
      for (const slug of GUIDES) {
        const g = guide(lang, slug)
        entries.push({ k: 'guide', t: g.title, s: '', h: `/docs/${lang}/guides/${slug}`, x: g.title })
      }
      const fields = new Map<string, { op: AnyOperation; where: string; href: string }[]>()
      for (const [, ops] of this.groups) {
        for (const op of ops) {
          const href = operationHref(lang, op)
          entries.push({
            k: 'op',
            t: op.summary[lang],
            s: `${op.method} ${op.path}`,
            h: href,
            x: `${op.summary.en} ${op.summary.zh} ${op.id} ${op.path}`,
          })
          const add = (where: string, anchor: string) => (path: string[]) => {
            const field = path.join('.')
            const places = fields.get(field) ?? []
            if (!places.some((p) => p.op === op && p.where === where))
              places.push({ op, where, href: `${href}#${anchor}-${field}` })
            fields.set(field, places)
          }
          eachField(op.body, add('body', 'body'))
          eachField(op.success.schema, add('response', 'response'))
          for (const p of operationParams(op)) add(p.in, 'param')([p.name])
        }
      }
      // One result per field path: it leads to the first operation (in sidebar order) that has it, and names the
      // others it appears in.
      for (const [field, places] of fields) {
        const first = places[0]
        if (!first) continue
        const byOp = new Map<AnyOperation, string[]>()
        for (const p of places) byOp.set(p.op, [...(byOp.get(p.op) ?? []), p.where])
        const names = [...byOp].slice(0, 3).map(([o, where]) => `${o.summary[lang]} (${where.join(', ')})`)
        const more = byOp.size > 3 ? ` +${byOp.size - 3}` : ''
        entries.push({ k: 'field', t: field, s: names.join('; ') + more, h: first.href, x: field })
      }
      return JSON.stringify(entries)
    })
  }
}

function rank(group: string): number {
  const i = ORDER.indexOf(group)
  return i < 0 ? ORDER.length : i
}
