// The frame every reference page shares: header with search and language switch, sidebar, content.
import type { Lang } from '../describe.js'
import { ui } from './ui-text.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Escaped text in which `backticked` words become code. */
export const prose = (text: string): string => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>')

/** `html\`…\`` keeps interpolated strings as they are: callers escape text with esc(). */
export const html = (parts: TemplateStringsArray, ...values: unknown[]): string =>
  parts.reduce((out, part, i) => out + part + (i < values.length ? (values[i] ?? '') : ''), '')

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
  return html`<!doctype html>
    <html lang="${p.lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${esc(p.title)} · ${esc(t.siteTitle)}</title>
        <link rel="stylesheet" href="/docs/assets/docs.css" />
      </head>
      <body data-lang="${p.lang}">
        <header class="top">
          <a class="brand" href="/docs/${p.lang}">${esc(t.siteTitle)}</a>
          <div class="search">
            <input
              id="search"
              type="search"
              autocomplete="off"
              placeholder="${esc(t.searchPlaceholder)}"
              aria-label="${esc(t.search)}"
            />
            <div id="results" class="results" hidden></div>
          </div>
          <a class="lang" href="${esc(p.otherLangPath)}" hreflang="${p.lang === 'zh' ? 'en' : 'zh'}"
            >${p.lang === 'zh' ? 'English' : '中文'}</a
          >
          <a class="raw" href="/openapi.json${p.lang === 'zh' ? '?lang=zh' : ''}">openapi.json</a>
        </header>
        <div class="frame">
          <nav class="side" aria-label="${esc(t.contents)}">${p.sidebar}</nav>
          <main class="content">${p.body}</main>
        </div>
        <script src="/docs/assets/docs.js" defer></script>
      </body>
    </html>`
}
