// The reference's stylesheet and script, served from the server itself: no font, script or style from elsewhere.
export const DOCS_CSS = `
:root { --blue:#0b5cff; --ink:#1d1d1f; --mute:#6e6e73; --line:#e5e5ea; --soft:#f6f8fa; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.6 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color:var(--ink); }
a { color:var(--blue); text-decoration:none; } a:hover { text-decoration:underline; }
header.top { position:sticky; top:0; z-index:5; display:flex; gap:16px; align-items:center; padding:10px 20px; background:#fff; border-bottom:1px solid var(--line); }
.brand { font-weight:600; color:var(--ink); white-space:nowrap; }
.search { position:relative; flex:1; max-width:520px; }
.search input { width:100%; padding:7px 10px; border:1px solid var(--line); border-radius:6px; font:inherit; }
.results { position:absolute; top:38px; left:0; right:0; max-height:70vh; overflow:auto; background:#fff; border:1px solid var(--line); border-radius:8px; box-shadow:0 8px 24px rgba(0,0,0,.12); }
.results a { display:block; padding:6px 10px; color:var(--ink); border-bottom:1px solid var(--line); }
.results a:hover, .results a.on { background:#eef3ff; text-decoration:none; }
.results .kind { font-size:11px; color:var(--mute); margin-right:6px; text-transform:uppercase; }
.results .sub { display:block; font-size:12px; color:var(--mute); }
.results .empty { padding:10px; color:var(--mute); }
.frame { display:flex; }
nav.side { width:300px; flex:none; height:calc(100vh - 52px); position:sticky; top:52px; overflow:auto; padding:12px; border-right:1px solid var(--line); font-size:13px; }
nav.side ul { list-style:none; margin:0; padding:0 0 0 4px; }
nav.side li a { display:block; padding:3px 6px; border-radius:4px; color:var(--ink); }
nav.side li a.current { background:#eef3ff; font-weight:600; }
nav.side summary { cursor:pointer; padding:4px 2px; font-weight:600; }
nav.side .old { color:#8a8f98; font-size:11px; }
.nav-title { margin:14px 0 4px; font-size:12px; color:var(--mute); text-transform:uppercase; letter-spacing:.04em; }
main.content { flex:1; min-width:0; padding:20px 36px 80px; max-width:1200px; }
h1 { font-size:26px; margin:6px 0 10px; } h2 { font-size:19px; margin:30px 0 8px; border-bottom:1px solid var(--line); padding-bottom:4px; } h3 { font-size:15px; margin:16px 0 6px; }
.crumbs { color:var(--mute); margin:0; }
.endpoint code { font-size:15px; }
.method { display:inline-block; min-width:54px; text-align:center; font:600 11px/18px ui-monospace, monospace; color:#fff; border-radius:4px; padding:0 4px; }
.GET{background:#0a7d45}.POST{background:#0b5cff}.PATCH{background:#b26b00}.PUT{background:#7a3ff2}.DELETE{background:#d70015}
nav.side .method { min-width:44px; font-size:10px; }
.lead { font-size:15px; }
.note { color:var(--mute); }
dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:4px 16px; }
dl.facts dt { color:var(--mute); } dl.facts dd { margin:0; }
table { border-collapse:collapse; width:100%; margin:8px 0; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:left; vertical-align:top; font-size:13px; }
th { background:var(--soft); }
table.fields { table-layout:fixed; }
table.fields th:nth-child(1) { width:24%; } table.fields th:nth-child(2) { width:11%; } table.fields th:nth-child(3) { width:7%; }
table.fields th:nth-child(4) { width:22%; }
table.fields td { overflow-wrap:anywhere; }
table.fields .parent { font-size:11px; color:var(--mute); }
${[1, 2, 3, 4, 5, 6].map((d) => `tr.depth-${d} td.name { padding-left:${8 + d * 18}px; }`).join('\n')}
tr:target { background:#fff7d6; }
pre { background:var(--soft); padding:10px 12px; border-radius:6px; overflow:auto; max-height:420px; font-size:12px; line-height:1.5; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size:12.5px; }
.tabs { display:flex; gap:4px; } .tab { border:1px solid var(--line); background:#fff; padding:4px 10px; border-radius:6px 6px 0 0; cursor:pointer; font:inherit; }
.tab.on { background:var(--soft); font-weight:600; }
form.try { border:1px solid var(--line); border-radius:8px; padding:12px; }
form.try .fields { display:grid; grid-template-columns:max-content minmax(0, 1fr); gap:8px 14px; align-items:center; margin-bottom:8px; }
form.try .fields > input, form.try .fields > select { justify-self:start; }
form.try .row { margin:6px 0; } form.try .row label { display:block; }
form.try input, form.try select { box-sizing:border-box; height:32px; padding:5px 8px; border:1px solid var(--line); border-radius:4px; font:inherit; min-width:320px; background:#fff; }
form.try textarea { display:block; width:100%; font:12px ui-monospace, monospace; border:1px solid var(--line); border-radius:4px; padding:6px; }
form.try .token { display:flex; gap:8px; align-items:center; flex-wrap:wrap; }
button.send, button.mint { background:var(--blue); color:#fff; border:0; padding:6px 14px; border-radius:6px; cursor:pointer; font:inherit; }
button.mint { background:#fff; color:var(--blue); border:1px solid var(--blue); }
.answer .status { font-weight:600; }
.group-list .count { color:var(--mute); font-size:12px; }
article.guide { max-width:900px; }
blockquote { margin:8px 0; padding:4px 12px; border-left:3px solid var(--blue); background:#f5f8ff; }
@media (max-width: 900px) { nav.side { display:none; } main.content { padding:16px; } }
`

export const DOCS_JS = `
(() => {
  const lang = document.body.dataset.lang || 'en';
  const T = lang === 'zh' ? { none: '没有结果', op: '操作', field: '字段', guide: '指南', failed: '请求失败' }
                          : { none: 'No results', op: 'operation', field: 'field', guide: 'guide', failed: 'Request failed' };
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  // Sidebar: open the current operation's group and mark it.
  for (const a of document.querySelectorAll('nav.side a')) {
    if (a.getAttribute('href') === location.pathname) {
      a.classList.add('current');
      const d = a.closest('details'); if (d) d.open = true;
      // Scroll the sidebar only: the page itself stays at its top (or at its #anchor).
      const nav = a.closest('nav.side');
      if (nav) nav.scrollTop = a.offsetTop - nav.offsetTop - nav.clientHeight / 2;
    }
  }

  // Search.
  const box = document.getElementById('search'), out = document.getElementById('results');
  let index = null;
  const load = async () => index ??= await (await fetch('/docs/search-' + lang + '.json')).json();
  const show = async () => {
    const q = box.value.trim().toLowerCase();
    if (!q) { out.hidden = true; return; }
    const all = await load();
    const words = q.split(/\\s+/);
    const score = (e) => { const hay = (e.x + ' ' + e.t).toLowerCase(); if (!words.every((w) => hay.includes(w))) return -1;
      const exact = e.t.toLowerCase() === q || e.t.toLowerCase().endsWith('.' + q) ? 0 : 1; return (e.k === 'op' ? 0 : e.k === 'guide' ? 1 : 2) + exact * 3; };
    const hits = all.map((e) => [score(e), e]).filter(([s]) => s >= 0).sort((a, b) => a[0] - b[0]).slice(0, 60);
    out.innerHTML = hits.length ? hits.map(([, e]) => '<a href="' + esc(e.h) + '"><span class="kind">' + T[e.k] + '</span>' + esc(e.t) + (e.s ? '<span class="sub">' + esc(e.s) + '</span>' : '') + '</a>').join('')
                                : '<div class="empty">' + T.none + '</div>';
    out.hidden = false;
  };
  if (box) {
    box.addEventListener('input', show);
    box.addEventListener('focus', show);
    box.addEventListener('keydown', (e) => { if (e.key === 'Enter') { const a = out.querySelector('a'); if (a) location.href = a.href; } if (e.key === 'Escape') out.hidden = true; });
    document.addEventListener('click', (e) => { if (!e.target.closest('.search')) out.hidden = true; });
  }

  // Code sample tabs.
  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      for (const t of document.querySelectorAll('.tab')) t.classList.toggle('on', t === tab);
      for (const p of document.querySelectorAll('.panel')) p.hidden = p.dataset.panel !== tab.dataset.tab;
    });
  }

  // Try it.
  const form = document.querySelector('form.try');
  if (form) {
    const tokenInput = form.querySelector('input[name=token]');
    tokenInput.value = sessionStorage.getItem('docs-token') || '';
    form.querySelector('.mint').addEventListener('click', async () => {
      const res = await fetch('/docs/token', { method: 'POST' });
      const body = await res.json().catch(() => ({}));
      if (body.access_token) { tokenInput.value = body.access_token; sessionStorage.setItem('docs-token', body.access_token); }
      else alert(body.message || T.failed);
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      let path = form.dataset.path;
      for (const i of form.querySelectorAll('[data-path-param]')) path = path.replace('{' + i.dataset.pathParam + '}', encodeURIComponent(i.value));
      const qs = new URLSearchParams();
      for (const i of form.querySelectorAll('[data-query-param]')) if (i.value !== '') qs.set(i.dataset.queryParam, i.value);
      const headers = { authorization: 'Bearer ' + tokenInput.value.trim() };
      const ta = form.querySelector('textarea[name=body]');
      const init = { method: form.dataset.method, headers };
      if (ta) { headers['content-type'] = 'application/json'; init.body = ta.value; }
      const answer = form.querySelector('.answer');
      try {
        const res = await fetch(path + (qs.size ? '?' + qs : ''), init);
        const text = await res.text();
        let shown = text; try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch {}
        answer.querySelector('.status').textContent = res.status + ' ' + res.statusText;
        answer.querySelector('.headers').textContent = [...res.headers].map(([k, v]) => k + ': ' + v).join('\\n');
        answer.querySelector('.body').textContent = shown;
      } catch (err) {
        answer.querySelector('.status').textContent = T.failed + ': ' + err;
      }
      answer.hidden = false;
    });
  }
})();
`
