import type { Lang } from '../../docs/describe.js'
import { documentFrame, esc, html } from '../../docs/site/frame.js'
import { joinText, type JoinText } from './text.js'

/** What the page's script needs; the handle it gets later is the only thing that names its session. */
export interface RoomConfig {
  mode: 'join' | 'start'
  meetingId: number
  joinPath: string
  pwd?: string
  passcode?: string
  zak?: string
  uname?: string
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#222}
[hidden]{display:none!important}
header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b5cff;color:#fff}
header a{color:#fff}
main{max-width:560px;margin:32px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px #0002}
h1{font-size:22px;margin:0 0 8px}
.muted{color:#666}
.notice{padding:12px;border-radius:6px;background:#fff4e5;margin:12px 0}
.refused{background:#fdecea}
form{display:flex;gap:8px;margin:16px 0}
input{flex:1;padding:8px;border:1px solid #bbb;border-radius:4px;font:inherit}
button{padding:8px 16px;border:0;border-radius:4px;background:#0b5cff;color:#fff;font:inherit;cursor:pointer}
button.danger{background:#d93025}
ul.people{list-style:none;padding:0}
ul.people li{padding:6px 0;border-bottom:1px solid #eee}
.tag{font-size:12px;color:#555;margin-left:6px}
.lobby-text{white-space:pre-line}
`

function frame(lang: Lang, title: string, otherLangHref: string, body: string): string {
  return documentFrame({
    lang,
    title,
    css: STYLE,
    header: { brand: html`<strong>${esc(title)}</strong>`, otherLangHref },
    body: html`<main>${body}</main>`,
  })
}

/** A link that cannot be used: an unknown meeting, a wrong passcode (with a field to type it), a spent start link. */
export function refusedPage(
  lang: Lang,
  otherLangHref: string,
  reason: 'noMeeting' | 'wrongPasscode' | 'badZak',
  meetingId?: string,
  keep: Record<string, string> = {},
): string {
  const t = joinText(lang)
  const hidden = Object.entries(keep)
    .map(([k, v]) => html`<input type="hidden" name="${esc(k)}" value="${esc(v)}" />`)
    .join('')
  const form =
    reason === 'wrongPasscode'
      ? html`<form method="get" class="passcode">
          ${hidden}<input
            name="passcode"
            type="password"
            aria-label="${esc(t.passcode)}"
            placeholder="${esc(t.passcode)}"
          /><button>${esc(t.submit)}</button>
        </form>`
      : ''
  const title = reason === 'badZak' ? t.startTitle : t.joinTitle
  const idLine = meetingId ? html`<p class="muted">${esc(t.meetingId)}: ${esc(meetingId)}</p>` : ''
  return frame(
    lang,
    title,
    otherLangHref,
    html`<h1>${esc(title)}</h1>
      ${idLine}
      <p class="notice refused" id="refused" data-reason="${reason}">${esc(t[reason])}</p>
      ${form}`,
  )
}

/** The meeting page: a name form (join links), the waiting notice, who is in, Leave and (host) End. */
export function roomPage(lang: Lang, otherLangHref: string, topic: string, cfg: RoomConfig): string {
  const t = joinText(lang)
  const title = cfg.mode === 'start' ? t.startTitle : t.joinTitle
  // The JSON is read by the script; "<" is escaped so no value can close the script element.
  const data = JSON.stringify({ ...cfg, text: scriptText(t) }).replace(/</g, '\\u003c')
  const nameForm =
    cfg.mode === 'join'
      ? html`<form id="name-form">
          <input
            id="name"
            name="uname"
            value="${esc(cfg.uname ?? '')}"
            aria-label="${esc(t.yourName)}"
            placeholder="${esc(t.yourName)}"
            required
            maxlength="64"
          /><button id="join">${esc(t.join)}</button>
        </form>`
      : ''
  return frame(
    lang,
    title,
    otherLangHref,
    html`<h1 id="topic">${esc(topic)}</h1>
      <p class="muted">${esc(t.meetingId)}: ${cfg.meetingId}</p>
      ${nameForm}
      <p class="notice" id="status" hidden></p>
      <section id="lobby" hidden>
        <h2 id="lobby-title" hidden></h2>
        <p id="lobby-text" class="lobby-text" hidden></p>
      </section>
      <section id="room" hidden>
        <h2>${esc(t.participants)} (<span id="count">0</span>)</h2>
        <ul class="people" id="people"></ul>
      </section>
      <p id="controls" hidden>
        <button id="leave">${esc(t.leave)}</button>
        ${cfg.mode === 'start' ? html`<button id="end" class="danger">${esc(t.end)}</button>` : ''}
      </p>
      <script type="application/json" id="cfg">
        ${data}
      </script>
      <script>
        ${SCRIPT}
      </script>`,
  )
}

function scriptText(t: JoinText) {
  return {
    waitingHost: t.waitingHost,
    waitingRoom: t.waitingRoom,
    inMeeting: t.inMeeting,
    left: t.left,
    ended: t.ended,
    you: t.you,
    host: t.host,
    tagOpen: t.tagOpen,
    tagSeparator: t.tagSeparator,
    tagClose: t.tagClose,
    failed: t.failed,
  }
}

// Plain browser script: polls every two seconds (which is also the page's heartbeat) and leaves on pagehide.
const SCRIPT = `
(() => {
  const cfg = JSON.parse(document.getElementById('cfg').textContent)
  const T = cfg.text
  const $ = (id) => document.getElementById(id)
  let handle = null
  let timer = null
  const say = (text) => { const s = $('status'); s.textContent = text; s.hidden = !text }
  async function post(url, body) {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) })
    const j = await r.json().catch(() => ({}))
    if (!r.ok) throw new Error(j.message || String(r.status))
    return j
  }
  const show = (el, value) => { el.textContent = value || ''; el.hidden = !value }
  // Held in the waiting room: no one in the meeting is shown, only what the host wrote for the room, if anything.
  function lobby(room) {
    document.body.dataset.state = 'waiting-room'
    say(T.waitingRoom)
    show($('lobby-title'), room && room.title)
    show($('lobby-text'), room && room.description)
    $('lobby').hidden = false
    $('room').hidden = true
    $('controls').hidden = false
  }
  function inside() {
    document.body.dataset.state = 'in'
    say(T.inMeeting)
    $('lobby').hidden = true
    $('room').hidden = false
    $('controls').hidden = false
  }
  // Once in, the page never offers the name form again: leaving or the meeting's end is final for this page.
  function stop(text) {
    handle = null
    clearTimeout(timer)
    document.body.dataset.state = 'out'
    $('room').hidden = true
    $('lobby').hidden = true
    $('controls').hidden = true
    if ($('name-form')) $('name-form').hidden = true
    say(text)
  }
  function render(v) {
    $('count').textContent = String(v.participants.length)
    const ul = $('people')
    ul.replaceChildren(...v.participants.map((p) => {
      const li = document.createElement('li')
      li.textContent = p.name
      const tags = [p.host ? T.host : '', p.me ? T.you : ''].filter(Boolean).join(T.tagSeparator)
      if (tags) { const s = document.createElement('span'); s.className = 'tag'; s.textContent = T.tagOpen + tags + T.tagClose; li.append(s) }
      return li
    }))
  }
  async function poll() {
    if (!handle) return
    try {
      const r = await fetch('/web/join/state?h=' + encodeURIComponent(handle))
      const v = await r.json()
      if (!r.ok) return stop(T.failed + ': ' + (v.message || r.status))
      if (v.status === 'ended') return stop(T.ended)
      if (v.in_waiting_room) lobby(v.waiting_room)
      else if (!v.in_meeting) return stop(T.left)
      else { if (document.body.dataset.state !== 'in') inside(); render(v) }
    } catch (e) { /* a missed poll is retried; the server only gives up after its timeout */ }
    timer = setTimeout(poll, 2000)
  }
  async function enter() {
    try {
      const res = cfg.mode === 'start'
        ? await post('/web/join/start', { meeting_id: cfg.meetingId, zak: cfg.zak })
        : await post('/web/join/enter', { meeting_id: cfg.meetingId, path: cfg.joinPath, pwd: cfg.pwd, passcode: cfg.passcode, name: $('name').value })
      if (res.waiting) { document.body.dataset.state = 'waiting'; say(T.waitingHost); timer = setTimeout(enter, 2000); return }
      handle = res.handle
      if ($('name-form')) $('name-form').hidden = true
      if (res.in_waiting_room) lobby()
      else inside()
      poll()
    } catch (e) { say(T.failed + ': ' + e.message) }
  }
  // The page shows it has left only once the server knows, as the end button does.
  $('leave').addEventListener('click', async () => {
    const h = handle
    handle = null
    clearTimeout(timer)
    if (h) await fetch('/web/join/leave?h=' + encodeURIComponent(h), { method: 'POST' }).catch(() => {})
    stop(T.left)
  })
  if ($('end')) $('end').addEventListener('click', async () => {
    const h = handle
    if (h) await fetch('/web/join/end?h=' + encodeURIComponent(h), { method: 'POST' })
    stop(T.ended)
  })
  window.addEventListener('pagehide', () => { if (handle) navigator.sendBeacon('/web/join/leave?h=' + encodeURIComponent(handle)) })
  if (cfg.mode === 'start') enter()
  else {
    $('name-form').addEventListener('submit', (e) => { e.preventDefault(); $('name-form').hidden = true; enter() })
    if (cfg.uname) { $('name-form').hidden = true; enter() }
  }
})()
`
