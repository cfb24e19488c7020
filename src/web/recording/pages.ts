// The pages behind a recording's play, share and download links, in English or Chinese. Refusals stay web pages
// with status 200, as Zoom's do: clients tell them from a file by their content type.
import type { FastifyRequest } from 'fastify'
import type { Lang } from '../../docs/describe.js'
import { documentFrame, esc, html, otherLangHref, pickLang } from '../../docs/site/frame.js'

interface RecordingText {
  brand: string
  cannotDownload: string
  downloadNote: string
  missing: string
  missingNote: string
  askPasscode: string
  passcodeNote: string
  passcode: string
  watch: string
  register: string
  notApproved: string
  files: string
}

const EN: RecordingText = {
  brand: 'Zoom recordings',
  cannotDownload: 'This recording cannot be downloaded',
  downloadNote: 'Only the host, or someone with a valid access token, can download this recording.',
  missing: 'This recording does not exist',
  missingNote: 'The link is not valid, or the recording has been deleted or is no longer shared.',
  askPasscode: 'Enter the passcode',
  passcodeNote: 'This recording is protected by a passcode.',
  passcode: 'Passcode',
  watch: 'Watch',
  register: 'Register to view this recording',
  notApproved: 'Your registration is not approved yet.',
  files: 'Recording files',
}

const ZH: RecordingText = {
  brand: 'Zoom 云录制',
  cannotDownload: '无法下载此录制',
  downloadNote: '只有主持人或持有有效访问令牌的人才能下载此录制。',
  missing: '此录制不存在',
  missingNote: '链接无效，或录制已被删除、不再共享。',
  askPasscode: '请输入密码',
  passcodeNote: '此录制受密码保护。',
  passcode: '密码',
  watch: '观看',
  register: '注册后观看此录制',
  notApproved: '您的注册尚未获批准。',
  files: '录制文件',
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#222}
header{display:flex;justify-content:space-between;align-items:center;gap:16px;padding:12px 24px;background:#0b5cff;color:#fff}
header a{color:#fff}
main{max-width:760px;margin:32px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px #0002}
h1{font-size:22px;margin:0 0 12px;overflow-wrap:anywhere}
h2{font-size:16px;font-weight:600}
.muted{color:#666}
form{display:flex;gap:8px;margin:16px 0}
input{flex:1;max-width:280px;padding:8px;border:1px solid #bbb;border-radius:4px;font:inherit}
button{padding:8px 16px;border:0;border-radius:4px;background:#0b5cff;color:#fff;font:inherit;cursor:pointer}
video,audio{width:100%;margin-top:8px;border-radius:6px;background:#000}
ul.files{padding-left:20px}
ul.files li{padding:4px 0}
`

type PageQuery = Record<string, string | undefined>

/** One page's language and the way to the same page in the other one. */
export class RecordingPage {
  readonly lang: Lang
  readonly t: RecordingText
  private otherHref: string

  constructor(private request: FastifyRequest<{ Querystring: PageQuery }>) {
    this.lang = pickLang(request, { asked: request.query.lang })
    this.t = this.lang === 'zh' ? ZH : EN
    this.otherHref = otherLangHref(request.url, this.lang)
  }

  private frame(title: string, body: string): string {
    return documentFrame({
      lang: this.lang,
      title,
      css: STYLE,
      header: { brand: html`<strong>${esc(this.t.brand)}</strong>`, otherLangHref: this.otherHref },
      body: html`<main>${body}</main>`,
    })
  }

  private notice(title: string, note: string, id: string): string {
    return this.frame(
      title,
      html`<h1 id="${id}">${esc(title)}</h1>
        <p class="muted">${esc(note)}</p>`,
    )
  }

  cannotDownload(): string {
    return this.notice(this.t.cannotDownload, this.t.downloadNote, 'refused')
  }

  missing(): string {
    return this.notice(this.t.missing, this.t.missingNote, 'missing')
  }

  notApproved(topic: string): string {
    return this.frame(
      topic,
      html`<h1 id="register">${esc(this.t.register)}</h1>
        <p class="muted">${esc(topic)}</p>
        <p>${esc(this.t.notApproved)}</p>`,
    )
  }

  /** The passcode form sends the page's own query again (its language, a registrant's `tk`) with the passcode. */
  askPasscode(): string {
    const keep = Object.entries(this.request.query)
      .filter(([k, v]) => k !== 'pwd' && v !== undefined)
      .map(([k, v]) => html`<input type="hidden" name="${esc(k)}" value="${esc(v)}" />`)
      .join('')
    return this.frame(
      this.t.askPasscode,
      html`<h1 id="ask">${esc(this.t.askPasscode)}</h1>
        <p class="muted">${esc(this.t.passcodeNote)}</p>
        <form method="get">
          ${keep}<input
            name="pwd"
            type="password"
            aria-label="${esc(this.t.passcode)}"
            placeholder="${esc(this.t.passcode)}"
            autofocus
          /><button>${esc(this.t.watch)}</button>
        </form>`,
    )
  }

  player(topic: string, tag: 'video' | 'audio', src: string): string {
    return this.frame(topic, html`<h1>${esc(topic)}</h1><${tag} controls src="${esc(src)}"></${tag}>`)
  }

  /** The share page: a link to each playable file, carrying the page's language and the registrant's `tk`. */
  shared(topic: string, files: Array<{ token: string; type: string; extension: string }>, tk?: string): string {
    const query = new URLSearchParams({
      ...(tk ? { tk } : {}),
      ...(this.request.query.lang ? { lang: this.lang } : {}),
    })
    const carry = query.size ? `?${query}` : ''
    const items = files
      .map(
        (f) => html`<li><a href="${esc(`/rec/play/${f.token}${carry}`)}">${esc(f.type)} (${esc(f.extension)})</a></li>`,
      )
      .join('')
    return this.frame(
      topic,
      html`<h1>${esc(topic)}</h1>
        <h2 class="muted">${esc(this.t.files)}</h2>
        <ul class="files">
          ${items}
        </ul>`,
    )
  }
}
