// What every page this server renders shares: escaping, the document around a page's body, how a page is sent, and
// the choice of the page's language. Each family (reference, console, join links, OAuth consent) keeps its own look
// and body.
import type { FastifyReply } from 'fastify'
import type { Lang } from '../describe.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** `html\`…\`` keeps interpolated strings as they are: callers escape text with esc(). */
export const html = (parts: TemplateStringsArray, ...values: unknown[]): string =>
  parts.reduce((out, part, i) => out + part + (i < values.length ? (values[i] ?? '') : ''), '')

export interface FrameHeader {
  /** The reference's stylesheet lays out `header.top`; pages with a look of their own style a bare header. */
  className?: string
  /** Markup: a link home, or the page's title. */
  brand: string
  /** Markup between the brand and the language switch. */
  tools?: string
  /** The same page in the other language. */
  otherLangHref: string
  /** Markup after the language switch. */
  links?: string
}

export interface FrameInput {
  lang: Lang
  /** The whole title, as text. */
  title: string
  stylesheet?: string
  css?: string
  /** `<body data-lang>`, read by the scripts that fetch language-specific data. */
  dataLang?: boolean
  header?: FrameHeader
  /** Markup: everything after the header. */
  body: string
}

/** The path every page links as its icon. */
export const FAVICON_SVG_PATH = '/favicon.svg'

function header(lang: Lang, h: FrameHeader): string {
  return html`<header${h.className ? ` class="${h.className}"` : ''}>
    ${h.brand} ${h.tools ?? ''}
    <a class="lang" href="${esc(h.otherLangHref)}" hreflang="${otherLang(lang)}"
      >${lang === 'zh' ? 'English' : '中文'}</a
    >
    ${h.links ?? ''}
  </header>`
}

export function documentFrame(f: FrameInput): string {
  return html`<!doctype html>
    <html lang="${f.lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${esc(f.title)}</title>
        <link rel="icon" type="image/svg+xml" href="${FAVICON_SVG_PATH}" />
        ${f.stylesheet ? html`<link rel="stylesheet" href="${esc(f.stylesheet)}" />` : ''}
        ${
          f.css
            ? html`<style>
                ${f.css}
              </style>`
            : ''
        }
      </head>
      <body${f.dataLang ? ` data-lang="${f.lang}"` : ''}>
        ${f.header ? header(f.lang, f.header) : ''} ${f.body}
      </body>
    </html>`
}

/** A page no cache keeps: what it shows belongs to one viewer, or to the state of the moment. */
export const sendPage = (reply: FastifyReply, status: number, text: string): FastifyReply =>
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(text)

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'zh'

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh')

/** The same address (path and query) with its `lang` switched to the other language. */
export function otherLangHref(url: string, lang: Lang): string {
  const u = new URL(url, 'http://local')
  u.searchParams.set('lang', otherLang(lang))
  return `${u.pathname}${u.search}`
}

export interface LangSources {
  /** A `lang` the request names itself, in its query or form; anything but `en` or `zh` is ignored. */
  asked?: unknown
  /** Whether the browser's Accept-Language decides when nothing is asked; English otherwise. */
  browser?: boolean
}

/**
 * The language of a page: the one the request asks for, else the one of the two the browser lists first.
 * Pages that are only reached from links carrying `lang` (sign-in) do not consult the browser.
 */
export function pickLang(
  request: { headers: { 'accept-language'?: string | string[] } },
  { asked, browser = true }: LangSources = {},
): Lang {
  if (isLang(asked)) return asked
  if (!browser) return 'en'
  const accept = String(request.headers['accept-language'] ?? '').toLowerCase()
  const zh = accept.indexOf('zh')
  const en = accept.indexOf('en')
  return zh >= 0 && (en < 0 || zh < en) ? 'zh' : 'en'
}
