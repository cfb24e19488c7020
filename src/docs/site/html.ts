// The frame every reference page shares: header with search and language switch, sidebar, content.
import type { Lang } from '../describe.js'
import { documentFrame, esc, html } from './frame.js'
import { ui } from './ui-text.js'

/** Escaped text in which `backticked` words become code. */
export const prose = (text: string): string => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>')

export interface PageInput {
  lang: Lang
  title: string
  /** The same page in the other language, for the switch. */
  otherLangPath: string
  sidebar: string
  body: string
}

export function page(p: PageInput): string {
  const t = ui(p.lang)
  return documentFrame({
    lang: p.lang,
    title: `${p.title} · ${t.siteTitle}`,
    stylesheet: '/docs/assets/docs.css',
    dataLang: true,
    header: {
      className: 'top',
      brand: html`<a class="brand" href="/docs/${p.lang}">${esc(t.siteTitle)}</a>`,
      tools: html`<div class="search">
        <input
          id="search"
          type="search"
          autocomplete="off"
          placeholder="${esc(t.searchPlaceholder)}"
          aria-label="${esc(t.search)}"
        />
        <div id="results" class="results" hidden></div>
      </div>`,
      otherLangHref: p.otherLangPath,
      links: html`<a class="raw" href="/openapi.json${p.lang === 'zh' ? '?lang=zh' : ''}">openapi.json</a>`,
    },
    body: html`<div class="frame">
        <nav class="side" aria-label="${esc(t.contents)}">${p.sidebar}</nav>
        <main class="content">${p.body}</main>
      </div>
      <script src="/docs/assets/docs.js" defer></script>`,
  })
}
