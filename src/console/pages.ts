// The console's pages: server-rendered, styled by the reference's stylesheet, with a little script for the buttons
// and for following a live meeting.
import type { Lang } from '../docs/describe.js'
import { documentFrame, esc, html, otherLang } from '../docs/site/frame.js'
import type { AppRow } from '../store/apps.repo.js'
import type { AccountRow } from '../store/accounts.repo.js'
import type { User } from '../domain/users/user.service.js'
import type { Meeting } from '../domain/meetings/meeting.service.js'
import { CONSOLE_DEVICES, CONSOLE_NETWORKS, type ConsoleData, type ListedMeeting } from './data.js'
import { triggerableEvents } from '../domain/sim-tools/events.js'
import { isoSeconds } from '../util/time.js'
import { consoleText, participantCount, valueLabel, valueLabels } from './text.js'

type Awaited2<T> = T extends Promise<infer U> ? U : T
export type Held = Awaited2<ReturnType<ConsoleData['held']>>
export type Recordings = Awaited2<ReturnType<ConsoleData['recordings']>>
export type Hooks = Awaited2<ReturnType<ConsoleData['webhooks']>>

export type Section = 'overview' | 'meetings' | 'recordings' | 'webhooks'

const STYLE = `
main.content section { margin-bottom: 28px; }
.pill { display:inline-block; padding:0 8px; border-radius:10px; background:#eef3ff; font-size:12px; }
.pill.live { background:#e3f7ea; color:#0a7d45; } .pill.bad { background:#fdecea; color:#b3261e; }
button, .button { padding:4px 10px; border:1px solid #0b5cff; border-radius:4px; background:#0b5cff; color:#fff; font:inherit; cursor:pointer; }
button.quiet { background:#fff; color:#0b5cff; } button.danger { background:#d70015; border-color:#d70015; }
form.inline { display:flex; flex-wrap:wrap; gap:8px; align-items:center; margin:8px 0; }
form.inline input, form.inline select { padding:4px 6px; border:1px solid var(--line); border-radius:4px; font:inherit; }
code.secret { background:var(--soft); padding:1px 4px; }
pre.wire { max-height:160px; overflow:auto; background:var(--soft); padding:6px; margin:0; white-space:pre-wrap; word-break:break-all; font-size:12px; }
#flash { min-height:20px; color:#b3261e; }
button:disabled { opacity:.4; cursor:default; }
[hidden] { display:none !important; }
/* The sidebar stays in view while the page scrolls; the rule between it and the page runs the page's full height. */
nav.side { border-right:0; }
main.content { border-left:1px solid var(--line); }
th, td.nowrap, button { white-space:nowrap; }
table.log { table-layout:fixed; }
table.log th:nth-child(1) { width:170px; } table.log th:nth-child(2) { width:17%; } table.log th:nth-child(3) { width:70px; }
table.log th:nth-child(4) { width:90px; } table.log th:nth-child(7) { width:110px; }
table.log td { overflow-wrap:anywhere; }
table.log pre.wire { white-space:pre; word-break:normal; overflow:auto; max-height:220px; }
`

/** Buttons with `data-post` send JSON to the console's endpoints; `data-copy` copies text. */
const SCRIPT = `
(() => {
  const flash = (text) => { const f = document.getElementById('flash'); if (f) f.textContent = text || '' }
  const post = async (url, body) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-console': '1' }, body: JSON.stringify(body || {}) })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) { flash(json.message || res.status); throw new Error(json.message) }
    flash('')
    return json
  }
  window.consolePost = post
  document.addEventListener('click', async (e) => {
    const el = e.target.closest('[data-copy]')
    if (el) { await navigator.clipboard.writeText(el.dataset.copy).catch(() => {}); el.textContent = el.dataset.done; return }
    const b = e.target.closest('button[data-post]')
    if (!b) return
    e.preventDefault()
    const body = b.dataset.body ? JSON.parse(b.dataset.body) : {}
    await post(b.dataset.post, body).then(() => { if (b.dataset.reload !== undefined) location.reload() }, () => {})
  })
  document.addEventListener('submit', async (e) => {
    const f = e.target.closest('form[data-post]')
    if (!f) return
    e.preventDefault()
    const body = {}
    for (const [k, v] of new FormData(f)) if (v !== '') body[k] = f.elements[k].type === 'number' ? Number(v) : v
    await post(f.dataset.post, body).then(() => { if (f.dataset.reload !== undefined) location.reload(); else f.reset() }, () => {})
  })
})();
`

interface Frame {
  lang: Lang
  section: Section
  account: AccountRow
  accounts: AccountRow[]
  /** The page's path after /console/{lang}, without the account parameter. */
  path: string
  title: string
  body: string
  script?: string
}

// The recording controls: class (which the page's script enables by recording state), action and label.
const RECORD_BUTTONS = [
  ['record', 'start', 'recordStart'],
  ['quiet record-pause', 'pause', 'recordPause'],
  ['quiet record-resume', 'resume', 'recordResume'],
  ['quiet record-stop', 'stop', 'recordStop'],
] as const

// The meeting controls that apply only while the meeting is live (true) or only before it starts (false): the page
// comes with them set for the meeting's status, and its script sets them again as the status changes.
const LIVE_ONLY = { 'button.start': false, 'button.end': true, 'form.add button.join': true } as const

const href = (lang: Lang, path: string, account: string) =>
  `/console/${lang}${path}?account=${encodeURIComponent(account)}`

export function frame(f: Frame): string {
  const t = consoleText(f.lang)
  const nav = (['overview', 'meetings', 'recordings', 'webhooks'] as const)
    .map(
      (s) =>
        html`<li>
          <a
            class="${s === f.section ? 'current' : ''}"
            href="${esc(href(f.lang, s === 'overview' ? '' : `/${s}`, f.account.id))}"
            >${esc(t[s])}</a
          >
        </li>`,
    )
    .join('')
  const accounts = f.accounts
    .map(
      (a) =>
        html`<li>
          <a class="${a.id === f.account.id ? 'current' : ''}" href="${esc(href(f.lang, f.path, a.id))}"
            >${esc(a.name)} <span class="note">${esc(a.master_account_id ? t.subAccount : t.master)}</span></a
          >
        </li>`,
    )
    .join('')
  return documentFrame({
    lang: f.lang,
    title: `${f.title} · ${t.title}`,
    stylesheet: '/docs/assets/docs.css',
    css: STYLE,
    dataLang: true,
    header: {
      className: 'top',
      brand: html`<a class="brand" href="${esc(href(f.lang, '', f.account.id))}">${esc(t.title)}</a>`,
      tools: '<span id="flash" role="status"></span>',
      otherLangHref: href(otherLang(f.lang), f.path, f.account.id),
      links: html`<a class="raw" href="/docs/${f.lang}">${esc(t.docs)}</a>`,
    },
    body: html`<div class="frame">
        <nav class="side">
          <ul>
            ${nav}
          </ul>
          <p class="nav-title">${esc(t.accounts)}</p>
          <ul class="accounts">
            ${accounts}
          </ul>
        </nav>
        <main class="content">
          <h1>${esc(f.title)}</h1>
          ${f.body}
        </main>
      </div>
      <script>
        ${SCRIPT}
        ${f.script ?? ''}
      </script>`,
  })
}

const copyButton = (lang: Lang, value: string) => {
  const t = consoleText(lang)
  return html`<button class="quiet copy" type="button" data-copy="${esc(value)}" data-done="${esc(t.copied)}">
    ${esc(t.copy)}
  </button>`
}

const secretCell = (lang: Lang, value: string) =>
  html`<td><code class="secret">${esc(value)}</code> ${copyButton(lang, value)}</td>`

function table(headers: string[], rows: string[], empty: string, className?: string): string {
  if (!rows.length) return html`<p class="note">${esc(empty)}</p>`
  return html`<table${className ? ` class="${className}"` : ''}>
    <thead>
      <tr>
        ${headers.map((h) => html`<th>${esc(h)}</th>`).join('')}
      </tr>
    </thead>
    <tbody>
      ${rows.join('\n')}
    </tbody>
  </table>`
}

export function overviewBody(
  lang: Lang,
  account: AccountRow,
  accounts: AccountRow[],
  users: User[],
  apps: AppRow[],
  clock: { now: string },
): string {
  const t = consoleText(lang)
  const accountRows = accounts.map(
    (a) =>
      html`<tr>
        <td>${esc(a.name)}</td>
        <td><code>${esc(a.id)}</code></td>
        <td>${esc(a.master_account_id ? t.subAccount : t.master)}</td>
        <td>${esc(valueLabel(lang, a.plan))}</td>
      </tr>`,
  )
  const userRows = users.map(
    (u) =>
      html`<tr>
        <td>${esc(`${u.doc.first_name ?? ''} ${u.doc.last_name ?? ''}`.trim())}</td>
        <td>${esc(u.email)}</td>
        <td><code>${esc(u.id)}</code></td>
        <td>${esc(valueLabel(lang, u.status))}</td>
      </tr>`,
  )
  const appRows = apps.map(
    (a) =>
      html`<tr>
        <td>${esc(a.name)} <span class="note">${esc(a.app_type)}</span></td>
        ${secretCell(lang, a.client_id)} ${secretCell(lang, a.client_secret)}
        ${secretCell(lang, a.webhook_secret_token)}
      </tr>`,
  )
  return html`<section class="clock">
      <h2>${esc(t.clock)}</h2>
      <p><strong id="clock-now">${esc(clock.now)}</strong></p>
      <form class="inline" data-post="/console/api/clock/advance" data-reload>
        <input type="number" name="minutes" min="1" value="60" aria-label="${esc(t.minutes)}" /> ${esc(t.minutes)}
        <button type="submit" class="advance">${esc(t.advance)}</button>
      </form>
    </section>
    <section>
      <h2>${esc(t.accounts)}</h2>
      ${table([t.name, t.accountId, t.type, t.plan], accountRows, t.none)}
    </section>
    <section class="apps">
      <h2>${esc(t.apps)}</h2>
      <p>${esc(t.accountId)}: <code class="secret">${esc(account.id)}</code> ${copyButton(lang, account.id)}</p>
      ${table([t.name, t.clientId, t.clientSecret, t.secretToken], appRows, t.none)}
    </section>
    <section class="users">
      <h2>${esc(t.users)}</h2>
      ${table([t.name, t.email, 'ID', t.status], userRows, t.none)}
    </section>`
}

export function meetingsBody(lang: Lang, account: AccountRow, list: ListedMeeting[]): string {
  const t = consoleText(lang)
  const section = (when: ListedMeeting['when']) => {
    const rows = list
      .filter((x) => x.when === when)
      .map(
        ({ meeting: m, host }) =>
          html`<tr data-meeting="${m.id}">
            <td>
              <a href="${esc(href(lang, `/meetings/${m.id}`, account.id))}">${esc(m.doc.topic)}</a>
              ${when === 'live' ? html`<span class="pill live">${esc(t.live)}</span>` : ''}
            </td>
            <td>${esc(m.kind === 'webinar' ? t.webinar : t.meeting)}</td>
            <td><code>${m.id}</code></td>
            <td>${esc(host.email)}</td>
            <td>${esc(m.doc.scheduled_start ? isoSeconds(m.doc.scheduled_start) : '')}</td>
          </tr>`,
      )
    return html`<section class="${when}">
      <h2>${esc(t[when])}</h2>
      ${table([t.topic, t.type, 'ID', t.host, t.startTime], rows, t.none)}
    </section>`
  }
  return section('live') + section('upcoming') + section('past')
}

export function meetingBody(
  lang: Lang,
  account: AccountRow,
  m: Meeting,
  joinUrl: string,
  held: Held,
): { body: string; script: string } {
  const t = consoleText(lang)
  const api = `/console/api/accounts/${encodeURIComponent(account.id)}/meetings/${m.id}`
  // Start, End and Join are set for the meeting's status; the recording controls wait for the first poll, which
  // tells the recording's state.
  const off = (control: keyof typeof LIVE_ONLY) => (LIVE_ONLY[control] === (m.status === 'started') ? '' : ' disabled')
  const options = (values: readonly string[]) =>
    values.map((v) => html`<option value="${esc(v)}">${esc(valueLabel(lang, v))}</option>`).join('')
  const instances = held
    .map(({ instance: i, participants }) => {
      const rows = participants.map(
        (p) =>
          html`<tr>
            <td>${esc(p.name)}</td>
            <td>${esc(p.device)}</td>
            <td>${esc(valueLabel(lang, p.network_type))}</td>
            <td>${esc(p.join_time)}</td>
            <td>${esc(p.leave_time ?? '')}</td>
          </tr>`,
      )
      return html`<div class="instance" data-uuid="${esc(i.uuid)}">
        <h3>${esc(i.start_time)} – ${esc(i.end_time)} · ${esc(participantCount(lang, i.participants_count))}</h3>
        ${table([t.name, t.device, t.network, t.joined, t.left], rows, t.none)}
      </div>`
    })
    .join('')
  const body = html`<p class="note">
      ${esc(m.kind === 'webinar' ? t.webinar : t.meeting)} <code>${m.id}</code> · ${esc(t.joinUrl)}:
      <a href="${esc(joinUrl)}" class="join-url">${esc(joinUrl)}</a> ${copyButton(lang, joinUrl)}
    </p>
    <section class="controls">
      <h2>${esc(t.controls)}</h2>
      <p>
        ${esc(t.status)}:
        <span id="status" class="pill" data-status="${esc(m.status)}">${esc(valueLabel(lang, m.status))}</span> ·
        ${esc(t.recording)}: <span id="recording" class="pill">-</span>
      </p>
      <form class="inline">
        <button type="button" class="start" data-post="${api}/start" ${off('button.start')}>
          ${esc(t.startMeeting)}
        </button>
        ${RECORD_BUTTONS.map(
          ([cls, action, label]) =>
            html`<button
              type="button"
              class="${cls}"
              data-post="${api}/record"
              data-body='{"action":"${action}"}'
              disabled
            >
              ${esc(t[label])}
            </button>`,
        ).join('')}
        <button type="button" class="danger end" data-post="${api}/end" data-reload${off('button.end')}>
          ${esc(t.endMeeting)}
        </button>
      </form>
      <form class="inline add" data-post="${api}/participants">
        <strong>${esc(t.addParticipant)}</strong>
        <input name="name" required placeholder="${esc(t.name)}" aria-label="${esc(t.name)}" />
        <select name="device" aria-label="${esc(t.device)}">
          ${options(CONSOLE_DEVICES)}
        </select>
        <select name="network_type" aria-label="${esc(t.network)}">
          ${options(CONSOLE_NETWORKS)}
        </select>
        <label><input type="checkbox" name="waiting_room" /> ${esc(t.intoWaitingRoom)}</label>
        <button type="submit" class="join" ${off('form.add button.join')}>${esc(t.join)}</button>
      </form>
    </section>
    <section>
      <h2>${esc(t.participants)}</h2>
      <p class="note" id="people-none">${esc(t.none)}</p>
      <table class="people" hidden>
        <thead>
          <tr>
            <th>${esc(t.name)}</th>
            <th>${esc(t.device)}</th>
            <th>${esc(t.network)}</th>
            <th>${esc(t.joined)}</th>
            <th></th>
          </tr>
        </thead>
        <tbody id="people"></tbody>
      </table>
    </section>
    <section class="waiting" hidden>
      <h2>${esc(t.waitingRoom)}</h2>
      <table class="waiting">
        <thead>
          <tr>
            <th>${esc(t.name)}</th>
            <th>${esc(t.device)}</th>
            <th>${esc(t.joined)}</th>
            <th></th>
          </tr>
        </thead>
        <tbody id="waiting"></tbody>
      </table>
    </section>
    <section class="held">
      <h2>${esc(t.instances)}</h2>
      ${instances || html`<p class="note">${esc(t.none)}</p>`}
    </section>`
  // The page follows the meeting by polling its state: people joining from join links show up within a second.
  const words = JSON.stringify({
    share: t.share,
    stop: t.stopShare,
    sharing: t.sharing,
    leave: t.leave,
    admit: t.admit,
    values: valueLabels(lang),
  }).replace(/</g, '\\u003c')
  const script = `
(() => {
  const api = ${JSON.stringify(api)}
  const words = ${words}
  const text = (v) => { const s = document.createElement('span'); s.textContent = v == null ? '' : String(v); return s.innerHTML }
  const label = (v) => (Object.hasOwn(words.values, v) ? words.values[v] : v)
  // A data-body attribute's value, quoted with ' in the markup below.
  const bodyOf = (value) => JSON.stringify(value).replace(/'/g, '&#39;')
  const enable = (selector, on) => { const b = document.querySelector(selector); if (b) b.disabled = !on }
  // Only the controls that apply to the meeting's state now are enabled.
  const liveOnly = ${JSON.stringify(LIVE_ONLY)}
  const controls = (status, recording) => {
    const live = status === 'started'
    for (const [selector, onlyLive] of Object.entries(liveOnly)) enable(selector, onlyLive === live)
    enable('button.record', live && recording === 'stopped')
    enable('button.record-pause', live && recording === 'recording')
    enable('button.record-resume', live && recording === 'paused')
    enable('button.record-stop', live && (recording === 'recording' || recording === 'paused'))
  }
  let last = ''
  let lastWaiting = ''
  const render = (state) => {
    const status = document.getElementById('status')
    status.textContent = label(state.status)
    status.dataset.status = state.status
    const recording = document.getElementById('recording')
    recording.textContent = state.recording ? label(state.recording) : '-'
    recording.dataset.recording = state.recording || ''
    controls(state.status, state.recording || 'stopped')
    // Those in the waiting room are listed apart, each with the host's Admit.
    const everyone = state.participants || []
    const inMeeting = everyone.filter((p) => p.status !== 'in_waiting_room')
    const waiting = everyone.filter((p) => p.status === 'in_waiting_room')
    const none = !inMeeting.length
    document.getElementById('people-none').hidden = !none
    document.querySelector('table.people').hidden = none
    document.querySelector('section.waiting').hidden = !waiting.length
    const held = waiting.map((p) => {
      const who = bodyOf({ participant_id: p.participant_id })
      return '<tr data-participant="' + text(p.participant_id) + '"><td>' + text(p.name) + '</td><td>' + text(p.device) + '</td><td>' + text(p.join_time) +
        '</td><td><button type="button" class="admit" data-post="' + api + '/admit" data-body=\\'' + who + '\\'>' + text(words.admit) + '</button> ' +
        '<button type="button" class="quiet leave" data-post="' + api + '/leave" data-body=\\'' + who + '\\'>' + text(words.leave) + '</button></td></tr>'
    }).join('')
    if (held !== lastWaiting) { document.getElementById('waiting').innerHTML = held; lastWaiting = held }
    const rows = inMeeting.map((p) => {
      const action = p.sharing ? 'stop' : 'start'
      const share = bodyOf({ participant_id: p.participant_id, action })
      return '<tr data-participant="' + text(p.participant_id) + '"><td>' + text(p.name) + (p.sharing ? ' <span class="pill live">' + text(words.sharing) + '</span>' : '') +
        '</td><td>' + text(p.device) + '</td><td>' + text(label(p.network_type)) + '</td><td>' + text(p.join_time) +
        '</td><td><button type="button" class="quiet share" data-post="' + api + '/share" data-body=\\'' + share + '\\'>' + text(action === 'start' ? words.share : words.stop) + '</button> ' +
        '<button type="button" class="quiet leave" data-post="' + api + '/leave" data-body=\\'' + bodyOf({ participant_id: p.participant_id }) + '\\'>' + text(words.leave) + '</button></td></tr>'
    }).join('')
    if (rows !== last) { document.getElementById('people').innerHTML = rows; last = rows }
  }
  const poll = () => fetch(api + '/state', { headers: { 'x-console': '1' } }).then((r) => r.json()).then(render, () => {})
  poll()
  setInterval(poll, 1000)
})()
`
  return { body, script }
}

export function recordingsBody(lang: Lang, list: Recordings): string {
  const t = consoleText(lang)
  const sections = list.map(({ recording: r, token }) => {
    const rows = r.recording_files.map((f) => {
      const download = f.download_url ? `${f.download_url}?access_token=${encodeURIComponent(token)}` : ''
      return html`<tr>
        <td>${esc(f.file_type ?? '')} <span class="note">${esc(f.recording_type ?? '')}</span></td>
        <td>${esc(f.file_size ?? 0)}</td>
        <td>${esc(valueLabel(lang, f.status ?? ''))}</td>
        <td>
          ${f.play_url ? html`<a class="play" href="${esc(f.play_url)}" target="_blank">${esc(t.play)}</a>` : ''}
          ${download ? html`<a class="download" href="${esc(download)}">${esc(t.download)}</a>` : ''}
        </td>
      </tr>`
    })
    return html`<section class="recording">
      <h2>${esc(r.topic)} <span class="note">${esc(r.start_time)} · ${esc(r.duration)} min</span></h2>
      ${table([t.type, t.size, t.status, t.files], rows, t.none)}
    </section>`
  })
  return sections.join('') || html`<p class="note">${esc(t.none)}</p>`
}

export function webhooksBody(lang: Lang, account: AccountRow, list: Hooks): string {
  const t = consoleText(lang)
  const send = html`<section class="send-event">
    <h2>${esc(t.sendEvent)}</h2>
    <p class="note">${esc(t.sendEventNote)}</p>
    <form class="inline" data-post="/console/api/accounts/${esc(encodeURIComponent(account.id))}/events" data-reload>
      <select name="event">
        ${triggerableEvents()
          .map((e) => html`<option value="${esc(e.event)}">${esc(e.event)}</option>`)
          .join('')}
      </select>
      <button type="submit">${esc(t.sendEvent)}</button>
    </form>
  </section>`
  return (
    send +
    list
      .map(({ app, subscriptions, logs }) => {
        const subRows = subscriptions.map(
          (s) =>
            html`<tr>
              <td>${esc(s.event_subscription_name ?? '')} <code>${esc(s.event_subscription_id)}</code></td>
              <td>${esc(s.event_webhook_url)}</td>
              <td>${esc(s.events.join(', '))}</td>
              <td>${esc(s.status)}</td>
            </tr>`,
        )
        const logRows = logs.map(
          (l) =>
            html`<tr class="log ${l.success ? 'ok' : 'failed'}" data-delivery="${esc(l.delivery_id ?? '')}">
              <td class="nowrap">${esc(l.date_time)}</td>
              <td>${esc(l.event)}<br /><span class="note">${esc(l.endpoint)}</span></td>
              <td><span class="pill ${l.success ? 'live' : 'bad'}">${esc(l.status)}</span></td>
              <td class="nowrap">${esc(l.retry_num)}</td>
              <td>
                <pre class="wire">
${esc(l.request_headers)}

${esc(l.request_body)}</pre>
              </td>
              <td>
                <pre class="wire">
${esc(l.response_headers)}

${esc(l.response_body)}</pre>
              </td>
              <td>
                ${
                  l.delivery_id
                    ? html`<button
                        type="button"
                        class="replay"
                        data-post="/console/api/accounts/${esc(encodeURIComponent(account.id))}/deliveries/${esc(l.delivery_id)}/replay"
                        data-reload
                      >
                        ${esc(t.replay)}
                      </button>`
                    : ''
                }
              </td>
            </tr>`,
        )
        return html`<section class="app" data-app="${esc(app.client_id)}">
          <h2>${esc(app.name)} <code>${esc(app.client_id)}</code></h2>
          <h3>${esc(t.subscriptions)}</h3>
          ${table([t.name, t.url, t.events, t.status], subRows, t.none)}
          <h3>${esc(t.log)}</h3>
          ${table([t.time, t.event, t.status, t.retry, t.request, t.response, ''], logRows, t.none, 'log')}
        </section>`
      })
      .join('')
  )
}

export function signInPage(lang: Lang, failed: boolean, next: string): string {
  const t = consoleText(lang)
  return documentFrame({
    lang,
    title: `${t.signIn} · ${t.title}`,
    stylesheet: '/docs/assets/docs.css',
    body: html`<main class="content">
      <h1>${esc(t.title)}</h1>
      ${failed ? html`<p class="note" id="wrong">${esc(t.wrongPassword)}</p>` : ''}
      <form method="post" action="/console/sign-in">
        <input type="hidden" name="lang" value="${lang}" />
        <input type="hidden" name="next" value="${esc(next)}" />
        <label>${esc(t.password)} <input type="password" name="password" autofocus /></label>
        <button type="submit">${esc(t.signIn)}</button>
      </form>
    </main>`,
  })
}

export function refusedPage(lang: Lang): string {
  const t = consoleText(lang)
  return documentFrame({ lang, title: t.title, body: html`<p>${esc(t.loopbackOnly)}</p>` })
}
